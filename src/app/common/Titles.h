#pragma once

#include <QFont>
#include <QLabel>

// A page or panel title: the label's own font, bold and `scale` times larger, so that it follows
// the system's font size instead of a fixed one.
inline void makeTitle(QLabel* label, qreal scale = 1.5)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}
