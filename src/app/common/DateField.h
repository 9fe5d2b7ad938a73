#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

// A date typed as a French person types it — "15/03/1981", "15031981", "15.3.81" — or picked
// in a calendar (the button at its end, Alt+↓ or F4). Empty means no date: there is no sentinel
// day. While the text is not yet a date, the last date stays and the field says why.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    explicit DateField(QWidget* parent = nullptr);

    // The date shown, or an invalid QDate for none (also while the text is not yet a date).
    QDate date() const { return m_date; }
    // Shows `date` (invalid: empty) without emitting dateEdited.
    void setDate(const QDate& date);
    // The day the calendar opens on when the field is empty, and the reference for 2-digit years.
    void setToday(const QDate& today) { m_today = today; }
    // Empty, or a real date.
    bool isAcceptable() const { return m_acceptable; }
    void openCalendar();
    // Room for a whole date and the calendar button, whatever the font.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    // The person typed a complete date, emptied the field or picked a day.
    void dateEdited(const QDate& date);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void readTyped(const QString& text);
    void showAcceptable(bool acceptable);
    void pick(const QDate& date);

    QDate m_date;
    QDate m_today;
    bool m_acceptable = true;
    QCalendarWidget* m_calendar = nullptr;
};
