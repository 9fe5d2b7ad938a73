#include "appointments/AppointmentsPanel.h"

#include "appointments/AppointmentDialog.h"
#include "appointments/AppointmentListModel.h"
#include "common/AppClock.h"
#include "common/Conversions.h"
#include "common/MessageBox.h"
#include "common/SortableList.h"
#include "services/Appointments.h"
#include "services/Clock.h"
#include "ui_AppointmentsPanel.h"

#include <QHeaderView>

using namespace trame;

AppointmentsPanel::AppointmentsPanel(QWidget* parent)
    : QGroupBox(parent), m_ui(std::make_unique<Ui::AppointmentsPanel>()), m_model(new AppointmentListModel(this))
{
    m_ui->setupUi(this);
    SortableList::attach(m_ui->table, m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AppointmentsPanel::updateActions);
    connect(m_ui->table, &QTableView::activated, this, &AppointmentsPanel::change);
    connect(m_ui->planButton, &QPushButton::clicked, this, &AppointmentsPanel::plan);
    connect(m_ui->changeButton, &QPushButton::clicked, this, &AppointmentsPanel::change);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &AppointmentsPanel::remove);
}

AppointmentsPanel::~AppointmentsPanel() = default;

void AppointmentsPanel::bind(services::Appointments& appointments, std::int64_t beneficiaryId, bool editable,
                             std::function<bool()> flush)
{
    m_flush = std::move(flush);
    m_appointments = &appointments;
    m_beneficiaryId = beneficiaryId;
    m_editable = editable;
    reload();
}

void AppointmentsPanel::reload()
{
    auto found = m_appointments->ofPerson(m_beneficiaryId);
    if (!found) {
        emit failed(found.error());
        return;
    }
    m_model->setAppointments(std::move(found).value(), AppClock::clock().localNow());
    m_ui->table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        SortableList::selectRow(m_ui->table, m_model->nextRow());
    updateActions();
    emit changed();
}

std::optional<LocalTime> AppointmentsPanel::nextPlanned() const
{
    const LocalTime now = AppClock::clock().localNow();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (const Appointment* a = m_model->at(row); a->status == AppointmentStatus::Planned && a->start >= now)
            return a->start;
    return std::nullopt;
}

void AppointmentsPanel::updateActions()
{
    const bool chosen = m_model->at(SortableList::currentRow(m_ui->table)) != nullptr;
    m_ui->planButton->setEnabled(m_editable);
    m_ui->changeButton->setEnabled(m_editable && chosen);
    m_ui->removeButton->setEnabled(m_editable && chosen);
}

void AppointmentsPanel::openDialog(const Appointment& appointment)
{
    auto* dialog = new AppointmentDialog(*m_appointments, appointment, AppClock::clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_ui->table->setFocus();
    });
    dialog->open();
}

void AppointmentsPanel::plan()
{
    if (m_flush && !m_flush())
        return;
    Appointment next;
    next.beneficiaryId = m_beneficiaryId;
    next.start = {AppClock::clock().today(), 9 * 60 + 30};
    // The rhythm proposes the day when the follow-up has one; today otherwise.
    if (auto proposed = m_appointments->proposedDay(m_beneficiaryId); proposed && *proposed)
        next.start.day = **proposed;
    openDialog(next);
}

void AppointmentsPanel::change()
{
    if (!m_editable)
        return;
    if (const Appointment* chosen = m_model->at(SortableList::currentRow(m_ui->table)))
        openDialog(*chosen);
}

void AppointmentsPanel::remove()
{
    const Appointment* chosen = m_model->at(SortableList::currentRow(m_ui->table));
    if (!chosen)
        return;
    const auto answer = MessageBox::question(
        this, tr("Remove the appointment"),
        tr("Remove the appointment of %1 at %2? To keep a trace of one that did not take place, set its status "
           "instead.")
            .arg(formatDate(chosen->start.day),
                 m_model->data(m_model->index(SortableList::currentRow(m_ui->table), AppointmentListModel::TimeColumn))
                     .toString()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = m_appointments->remove(*chosen); !removed) {
        emit failed(removed.error());
        return;
    }
    reload();
}
