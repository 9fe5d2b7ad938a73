#include "appointments/AppointmentDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/FieldError.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "services/Appointments.h"
#include "ui_AppointmentDialog.h"

#include <QTime>

using namespace trame;

namespace {

// "9:30", "09:30", "9h30", "930" and "9h" as a counsellor types them.
std::optional<int> typedTime(QString text)
{
    text = text.trimmed().toLower().replace(QLatin1Char('h'), QLatin1Char(':'));
    if (!text.contains(QLatin1Char(':')) && text.size() >= 3)
        text.insert(text.size() - 2, QLatin1Char(':'));
    if (text.endsWith(QLatin1Char(':')))
        text += QStringLiteral("00");
    const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!time.isValid())
        return std::nullopt;
    return time.hour() * 60 + time.minute();
}

} // namespace

AppointmentDialog::AppointmentDialog(services::Appointments& appointments, const Appointment& appointment,
                                     const Date& today, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AppointmentDialog>()), m_appointments(appointments),
      m_appointment(appointment)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->dayEdit->setToday(toQDate(today));
    for (AppointmentKind k : allEnumerators<AppointmentKind>())
        m_ui->kindCombo->addItem(Labels::of(k), static_cast<int>(k));
    for (AppointmentStatus s : allEnumerators<AppointmentStatus>())
        m_ui->statusCombo->addItem(Labels::of(s), static_cast<int>(s));
    if (appointment.id != 0)
        setWindowTitle(tr("Change the appointment"));
    show(appointment);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &AppointmentDialog::propose);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
}

AppointmentDialog::~AppointmentDialog() = default;

void AppointmentDialog::show(const Appointment& a)
{
    m_ui->dayEdit->setDate(toQDate(a.start.day));
    m_ui->timeEdit->setText(clockText(a.start.minute));
    m_ui->durationSpin->setValue(a.durationMinutes);
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(static_cast<int>(a.kind)));
    m_ui->placeEdit->setText(qs(a.place));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(a.status)));
    m_ui->noteEdit->setPlainText(qs(a.note));
}

void AppointmentDialog::propose()
{
    auto day = m_appointments.proposedDay(m_appointment.beneficiaryId);
    if (!day) {
        fail(ErrorText::of(day.error()), m_ui->dayEdit);
        return;
    }
    if (!*day) {
        fail(tr("Set a recurring follow-up rhythm first: Trame proposes the day from it."), m_ui->dayEdit);
        return;
    }
    clearError();
    m_ui->dayEdit->setDate(toQDate(**day));
}

bool AppointmentDialog::fail(const QString& message, QWidget* field)
{
    FieldError::show(m_ui->errorLabel, message, field);
    m_failedField = field;
    return false;
}

void AppointmentDialog::clearError()
{
    FieldError::clear(m_ui->errorLabel, m_failedField);
    m_failedField = nullptr;
}

bool AppointmentDialog::submit()
{
    clearError();
    const auto day = toDate(m_ui->dayEdit->date());
    if (!day)
        return fail(tr("The day is required: type it as 15/03/2026."), m_ui->dayEdit);
    const auto minute = typedTime(m_ui->timeEdit->text());
    if (!minute)
        return fail(tr("Type the time as 09:30."), m_ui->timeEdit);
    Appointment edited = m_appointment;
    edited.start = {*day, *minute};
    edited.durationMinutes = m_ui->durationSpin->value();
    edited.kind = static_cast<AppointmentKind>(m_ui->kindCombo->currentData().toInt());
    edited.place = ss(m_ui->placeEdit->text().trimmed());
    edited.status = static_cast<AppointmentStatus>(m_ui->statusCombo->currentData().toInt());
    edited.note = ss(m_ui->noteEdit->toPlainText().trimmed());
    auto stored = edited.id == 0 ? m_appointments.plan(edited) : m_appointments.save(edited);
    if (!stored) {
        const std::string& path = stored.error().path;
        QWidget* field = path == "status"             ? static_cast<QWidget*>(m_ui->statusCombo)
                         : path == "place"            ? static_cast<QWidget*>(m_ui->placeEdit)
                         : path == "note"             ? static_cast<QWidget*>(m_ui->noteEdit)
                         : path == "duration_minutes" ? static_cast<QWidget*>(m_ui->durationSpin)
                                                      : static_cast<QWidget*>(m_ui->dayEdit);
        if (path == "status")
            return fail(tr("An appointment that has not begun is planned or cancelled: its outcome is set once "
                           "it has taken place."),
                        field);
        return fail(ErrorText::of(stored.error()), field);
    }
    m_appointment = stored->appointment;
    tellOverlaps(stored->overlaps);
    return true;
}

void AppointmentDialog::tellOverlaps(const std::vector<Appointment>& overlaps)
{
    if (overlaps.empty())
        return;
    QStringList times;
    for (const Appointment& other : overlaps)
        times << tr("%1 from %2 to %3")
                     .arg(formatDate(other.start.day), clockText(other.start.minute), clockText(other.end().minute));
    MessageBox::warning(parentWidget(), tr("Appointments that overlap"),
                        tr("The appointment is stored; you already have another at that time: %1.")
                            .arg(times.join(QStringLiteral(", "))));
}

void AppointmentDialog::accept()
{
    if (submit())
        QDialog::accept();
}
