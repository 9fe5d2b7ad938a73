#include "common/Tones.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool readsOn(const QColor& text, const QPalette& palette)
{
    return Tones::contrast(text, palette.color(QPalette::Base)) >= Tones::kMinimumContrast &&
           Tones::contrast(text, palette.color(QPalette::Window)) >= Tones::kMinimumContrast;
}

QColor mixed(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - share) + b.redF() * share),
                            static_cast<float>(a.greenF() * (1 - share) + b.greenF() * share),
                            static_cast<float>(a.blueF() * (1 - share) + b.blueF() * share));
}

void apply(QWidget* widget)
{
    const QString tone = widget->property("tone").toString();
    if (tone.isEmpty())
        return;
    const QPalette base = QApplication::palette(widget);
    QPalette palette = widget->palette();
    if (tone == QLatin1String("banner")) {
        palette.setColor(QPalette::Window, Tones::banner(base));
        palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
        widget->setAutoFillBackground(true);
    } else {
        palette.setColor(QPalette::WindowText, Tones::alert(base));
        palette.setColor(QPalette::Text, Tones::alert(base));
    }
    widget->setPalette(palette);
}

// Polished widgets take their tone; a change of the application's palette (a theme switched while
// Trame runs) gives it again.
class ToneFilter : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Polish || event->type() == QEvent::ApplicationPaletteChange)
            if (watched->isWidgetType())
                apply(static_cast<QWidget*>(watched));
        return false;
    }
};

} // namespace

namespace Tones {

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor alert(const QPalette& palette)
{
    // A deep red on a light theme, a light one on a dark theme; failing both, the text's own colour.
    for (const QColor& red : {QColor(0xb0, 0x00, 0x20), QColor(0xff, 0x8a, 0x80)})
        if (readsOn(red, palette))
            return red;
    return palette.color(QPalette::WindowText);
}

QColor alert()
{
    return alert(QApplication::palette());
}

QColor banner(const QPalette& palette)
{
    // As much red over the window as the text allows, up to a tint.
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    for (double share = 0.15; share > 0; share -= 0.03) {
        const QColor tinted = mixed(window, QColor(0xd0, 0x20, 0x30), share);
        if (contrast(tinted, text) >= kMinimumContrast)
            return tinted;
    }
    return window;
}

void install(QApplication& app)
{
    app.installEventFilter(new ToneFilter(&app));
}

void mark(QWidget* widget, const char* tone)
{
    widget->setProperty("tone", QString::fromLatin1(tone));
    if (*tone == '\0')
        widget->setPalette(QPalette());
    else
        apply(widget);
}

} // namespace Tones
