#include "moracolors.h"

#include <QList>

namespace {

// ColorBrewer YlOrBr, light to dark; checked with colour-blindness simulators by its authors.
const QList<QColor> &ramp()
{
    static const QList<QColor> colors{QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xe3, 0x91),
                                      QColor(0xfe, 0xc4, 0x4f), QColor(0xfe, 0x99, 0x29),
                                      QColor(0xec, 0x70, 0x14), QColor(0xcc, 0x4c, 0x02),
                                      QColor(0x8c, 0x2d, 0x04)};
    return colors;
}

int rampIndex(int levelIndex, int levelCount)
{
    const int overdueLevels = qMax(1, levelCount - 1);
    const int last = int(ramp().size()) - 1;
    if (overdueLevels == 1)
        return last / 2;
    // Spread the overdue levels over the ramp, starting at its second colour so the first
    // level is visibly tinted.
    const int position = 1 + (levelIndex - 1) * (last - 1) / (overdueLevels - 1);
    return qBound(1, position, last);
}

} // namespace

namespace MoraColors {

QColor background(int levelIndex, int levelCount)
{
    if (levelIndex <= 0)
        return {};
    return ramp().at(rampIndex(levelIndex, levelCount));
}

QColor foreground(int levelIndex, int levelCount)
{
    if (levelIndex <= 0)
        return {};
    // The three darkest colours need white text for contrast.
    return rampIndex(levelIndex, levelCount) >= 5 ? QColor(Qt::white) : QColor(Qt::black);
}

} // namespace MoraColors
