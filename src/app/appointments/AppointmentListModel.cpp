#include "appointments/AppointmentListModel.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/AppointmentRules.h"

#include <QBrush>
#include <QColor>
#include <QTime>

using namespace trame;

AppointmentListModel::AppointmentListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AppointmentListModel::setAppointments(std::vector<Appointment> appointments, const LocalTime& now)
{
    beginResetModel();
    m_appointments = std::move(appointments);
    m_now = now;
    endResetModel();
}

const Appointment* AppointmentListModel::at(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_appointments.size()))
        return nullptr;
    return &m_appointments[static_cast<std::size_t>(row)];
}

int AppointmentListModel::nextRow() const
{
    for (std::size_t i = 0; i < m_appointments.size(); ++i)
        if (m_appointments[i].start >= m_now)
            return static_cast<int>(i);
    return static_cast<int>(m_appointments.size()) - 1;
}

int AppointmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_appointments.size());
}

int AppointmentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppointmentListModel::data(const QModelIndex& index, int role) const
{
    const Appointment* a = at(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && rules::needsQualifying(*a, m_now))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DayColumn: return formatDate(a->start.day);
    case TimeColumn: return QTime(a->start.minute / 60, a->start.minute % 60).toString(QStringLiteral("HH:mm"));
    case DurationColumn: return tr("%1 min").arg(a->durationMinutes);
    case KindColumn: return Labels::of(a->kind);
    case PlaceColumn: return qs(a->place);
    case StatusColumn: return Labels::statusAt(*a, m_now);
    default: return {};
    }
}

QVariant AppointmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case TimeColumn: return tr("Time");
    case DurationColumn: return tr("Duration");
    case KindColumn: return tr("Kind");
    case PlaceColumn: return tr("Place");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
