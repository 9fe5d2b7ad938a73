#pragma once

#include "domain/Appointment.h"
#include "domain/Error.h"

#include <QGroupBox>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class AppointmentsPanel;
}
namespace trame::services {
class Appointments;
}
class AppointmentListModel;

// A person's appointments on their follow-up page: the list, and — for their counsellor — plan,
// qualify or move, remove. Each step is stored by the service at once and the list read again.
class AppointmentsPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit AppointmentsPanel(QWidget* parent = nullptr);
    ~AppointmentsPanel() override;

    // `editable`: the acting user may change this person's appointments. `flush` stores what is
    // pending (the rhythm just typed, which the proposal reads); may be empty.
    void bind(trame::services::Appointments& appointments, std::int64_t beneficiaryId, bool editable,
              std::function<bool()> flush = {});
    AppointmentListModel* model() const { return m_model; }
    // The first planned appointment from now on, if any.
    std::optional<trame::LocalTime> nextPlanned() const;

signals:
    void failed(const trame::Error& error);
    // The list was read again after a change: the case file's header may say another date.
    void changed();

private:
    void reload();
    void updateActions();
    void plan();
    void change();
    void remove();
    void openDialog(const trame::Appointment& appointment);

    std::unique_ptr<Ui::AppointmentsPanel> m_ui;
    AppointmentListModel* m_model;
    trame::services::Appointments* m_appointments = nullptr;
    std::int64_t m_beneficiaryId = 0;
    bool m_editable = false;
    std::function<bool()> m_flush;
};
