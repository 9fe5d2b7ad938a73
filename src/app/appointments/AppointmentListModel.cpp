#include "appointments/AppointmentListModel.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"
#include "common/Tones.h"
#include "domain/AppointmentRules.h"

#include <QBrush>
#include <QColor>
#include <QTime>

using namespace trame;

AppointmentListModel::AppointmentListModel(QObject* parent) : RowListModel(ColumnCount, parent) {}

void AppointmentListModel::setAppointments(std::vector<Appointment> appointments, const LocalTime& now)
{
    m_now = now;
    replaceRows(std::move(appointments));
}

int AppointmentListModel::nextRow() const
{
    return firstRowWhere([this](const Appointment& a) { return a.start >= m_now; });
}

QVariant AppointmentListModel::data(const QModelIndex& index, int role) const
{
    const Appointment* a = at(index.row());
    if (!a)
        return {};
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && rules::needsQualifying(*a, m_now))
        return QBrush(Tones::alert());
    if (role == SortableList::SortKeyRole)
        return sortKey(*a, index.column());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DayColumn: return formatDate(a->start.day);
    case TimeColumn: return clockText(a->start.minute);
    case DurationColumn: return tr("%1 min").arg(a->durationMinutes);
    case KindColumn: return Labels::of(a->kind);
    case PlaceColumn: return qs(a->place);
    case StatusColumn: return Labels::statusAt(*a, m_now);
    default: return {};
    }
}

QVariant AppointmentListModel::sortKey(const Appointment& appointment, int column)
{
    switch (column) {
    case DayColumn: return SortableList::momentKey(appointment.start);
    case TimeColumn: return SortableList::timeOfDayKey(appointment.start);
    case DurationColumn: return appointment.durationMinutes;
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
