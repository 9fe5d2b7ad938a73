#include "common/DateField.h"
#include "common/AppClock.h"
#include "common/Tones.h"

#include "common/Conversions.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// A small calendar drawn in the text colour, so that it follows the palette (and a dark theme).
QIcon calendarIcon(const QPalette& palette)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setPen(palette.color(QPalette::Text));
    p.drawRect(1, 3, 13, 11);
    p.fillRect(1, 3, 14, 3, palette.color(QPalette::Text));
    for (int row = 0; row < 2; ++row)
        for (int column = 0; column < 3; ++column)
            p.fillRect(3 + 4 * column, 8 + 3 * row, 2, 2, palette.color(QPalette::Text));
    return QIcon(pixmap);
}

} // namespace

DateField::DateField(QWidget* parent) : QLineEdit(parent), m_today(AppClock::today())
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    QAction* pick = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Choose in a calendar (Alt+Down)"));
    // The button's key, for whoever does not use a mouse (F4 is taken in keyPressEvent too).
    pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    pick->setShortcutContext(Qt::WidgetShortcut);
    connect(pick, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::textEdited, this, &DateField::readTyped);
}

void DateField::setDate(const QDate& date)
{
    m_date = date.isValid() ? date : QDate();
    const QString text = m_date.isValid() ? m_date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
    if (this->text() != text)
        setText(text);
    showAcceptable(true);
}

QSize DateField::sizeHint() const
{
    QSize size = QLineEdit::sizeHint();
    const int text = std::max(fontMetrics().horizontalAdvance(QStringLiteral("00/00/0000")),
                              fontMetrics().horizontalAdvance(placeholderText()));
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    size.setWidth(text + icon + 10); // the frame and the text margins
    return size;
}

void DateField::readTyped(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        showAcceptable(true);
        if (m_date.isValid()) {
            m_date = QDate();
            emit dateEdited(m_date);
        }
        return;
    }
    const auto today = toDate(m_today);
    const auto typed = trame::Date::parseTyped(ss(text), today.value_or(trame::Date(2000, 1, 1)));
    showAcceptable(typed.has_value());
    if (!typed)
        return;
    const QDate date = toQDate(*typed);
    if (date != m_date) {
        m_date = date;
        emit dateEdited(m_date);
    }
}

void DateField::showAcceptable(bool acceptable)
{
    m_acceptable = acceptable;
    const QString problem = acceptable ? QString()
                                       : tr("Not a date yet: type the day, the month and the year, "
                                            "for instance 15/03/1981 or 15031981.");
    setToolTip(problem);
    setAccessibleDescription(problem);
    QPalette colours = palette();
    colours.setColor(QPalette::Text, acceptable ? QPalette().color(QPalette::Text) : Tones::alert(QPalette()));
    setPalette(colours);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    // What was typed as digits reads back as the date it was taken for.
    if (m_acceptable && !text().trimmed().isEmpty())
        setDate(m_date);
    QLineEdit::focusOutEvent(event);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Down && event->modifiers() == Qt::AltModifier) || event->key() == Qt::Key_F4) {
        openCalendar();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::openCalendar()
{
    if (isReadOnly())
        return;
    if (!m_calendar) {
        // A child of the field, so that a table's editor does not take the popup for a focus loss.
        auto* popup = new QWidget(this, Qt::Popup);
        m_calendar = new QCalendarWidget(popup);
        m_calendar->setGridVisible(true);
        auto* layout = new QVBoxLayout(popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);
        connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    }
    m_calendar->setSelectedDate(m_date.isValid() ? m_date : m_today);
    QWidget* popup = m_calendar->parentWidget();
    popup->adjustSize();
    popup->move(mapToGlobal(QPoint(0, height())));
    popup->show();
    m_calendar->setFocus();
}

void DateField::pick(const QDate& date)
{
    m_calendar->parentWidget()->hide();
    setFocus();
    if (date == m_date)
        return;
    setDate(date);
    emit dateEdited(m_date);
}
