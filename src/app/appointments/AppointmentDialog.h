#pragma once

#include "domain/Appointment.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AppointmentDialog;
}
namespace trame::services {
class Appointments;
}

// Plans an appointment with a person, or changes one: its day (the rhythm may propose it), time,
// duration, kind, place, status and note. Closes only once the service has stored it; an overlap
// with another of the counsellor's appointments is said, not refused.
class AppointmentDialog : public QDialog {
    Q_OBJECT
public:
    // `appointment.id` 0: a new one.
    AppointmentDialog(trame::services::Appointments& appointments, const trame::Appointment& appointment,
                      const trame::Date& today, QWidget* parent = nullptr);
    ~AppointmentDialog() override;

    bool submit();
    void accept() override;
    // What the last submit stored.
    const trame::Appointment& stored() const { return m_appointment; }

private:
    void show(const trame::Appointment& appointment);
    void propose();
    bool fail(const QString& message, QWidget* field);
    void clearError();
    void tellOverlaps(const std::vector<trame::Appointment>& overlaps);

    std::unique_ptr<Ui::AppointmentDialog> m_ui;
    trame::services::Appointments& m_appointments;
    trame::Appointment m_appointment;
    QWidget* m_failedField = nullptr; // whose accessible description tells the error shown
};
