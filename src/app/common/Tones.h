#pragma once

#include <QColor>
#include <QPalette>

class QApplication;
class QWidget;

// The only colours Trame adds to the platform's: the alert (an overdue person or step, an error, a
// failed save) and the banner's background behind it, chosen from the palette in use so that text
// keeps a contrast of at least 4.5:1 (WCAG AA) in a light theme as in a dark one. Colour never
// speaks alone: what it marks also carries a word, an icon or an accessible description.
//
// A widget asks for a tone with its dynamic property `tone` ("alert", or "banner" for a frame):
// Tones::install applies it when the widget is polished, and again when the palette changes.
namespace Tones {

inline constexpr double kMinimumContrast = 4.5;

// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast(const QColor& a, const QColor& b);
// Red text readable on both the palette's Base (lists, fields) and its Window (labels).
QColor alert(const QPalette& palette);
QColor alert();
// A reddish Window for the alert banner, on which the palette's WindowText still reads.
QColor banner(const QPalette& palette);

void install(QApplication& app);
// Sets (or clears, with an empty tone) a widget's tone now.
void mark(QWidget* widget, const char* tone);

} // namespace Tones
