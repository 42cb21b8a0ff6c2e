#include "moracolors.h"

#include <QList>

namespace {

// ColorBrewer YlOrBr, its light half: checked for colour-blind viewers by its authors, each
// step darker than the last, and black text stays legible on every one.
const QList<QColor> &ramp()
{
    static const QList<QColor> colors{QColor(0xff, 0xf7, 0xbc), QColor(0xfe, 0xe3, 0x91),
                                      QColor(0xfe, 0xc4, 0x4f), QColor(0xfe, 0x99, 0x29),
                                      QColor(0xec, 0x70, 0x14)};
    return colors;
}

int rampIndex(int levelIndex, int levelCount)
{
    const int overdueLevels = qMax(1, levelCount - 1);
    const int last = int(ramp().size()) - 1;
    if (overdueLevels <= last + 1)
        return qBound(0, levelIndex - 1, last);
    // More levels than colours: spread them over the ramp.
    return qBound(0, (levelIndex - 1) * last / (overdueLevels - 1), last);
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
    Q_UNUSED(levelCount)
    if (levelIndex <= 0)
        return {};
    return QColor(Qt::black);
}

} // namespace MoraColors
