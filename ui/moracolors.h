#pragma once

#include <QColor>

// Background colours for mora levels, legible for colour-blind users: a single-hue sequential
// ramp (ColorBrewer YlOrBr) that differs in lightness, so levels stay apart in grey scale
// too. The level is always also written as text; colour only helps the eye.
namespace MoraColors {

// Background for a level index (0 is "al día" and has none: an invalid colour).
QColor background(int levelIndex, int levelCount);
// Text colour that reads well on background(levelIndex).
QColor foreground(int levelIndex, int levelCount);

} // namespace MoraColors
