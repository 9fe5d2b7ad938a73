#include "agenda/AgendaModel.h"

#include "appointments/AppointmentListModel.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"
#include "common/Tones.h"
#include "domain/AppointmentRules.h"

#include <QBrush>

using namespace trame;

AgendaModel::AgendaModel(QObject* parent) : RowListModel(ColumnCount, parent) {}

void AgendaModel::setEntries(std::vector<AgendaEntry> entries, const LocalTime& now)
{
    m_now = now;
    replaceRows(std::move(entries));
}

int AgendaModel::nextRow() const
{
    return firstRowWhere([this](const AgendaEntry& e) { return e.appointment.start >= m_now; });
}

QVariant AgendaModel::data(const QModelIndex& index, int role) const
{
    const AgendaEntry* entry = at(index.row());
    if (!entry)
        return {};
    const Appointment& a = entry->appointment;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && rules::needsQualifying(a, m_now))
        return QBrush(Tones::alert());
    if (role == SortableList::SortKeyRole)
        return sortKey(*entry, index.column());
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case DayColumn: return formatDate(a.start.day);
    case TimeColumn: return tr("%1–%2").arg(clockText(a.start.minute), clockText(a.end().minute));
    case DurationColumn: return tr("%1 min").arg(a.durationMinutes);
    case PersonColumn: return qs(entry->firstName + " " + entry->lastName);
    case CaseColumn: return QString::number(a.beneficiaryId);
    case KindColumn: return Labels::of(a.kind);
    case PlaceColumn: return qs(a.place);
    case StatusColumn: return Labels::statusAt(a, m_now);
    default: return {};
    }
}

QVariant AgendaModel::sortKey(const AgendaEntry& entry, int column)
{
    const Appointment& a = entry.appointment;
    switch (column) {
    case DayColumn: return SortableList::momentKey(a.start);
    case TimeColumn: return SortableList::timeOfDayKey(a.start);
    case DurationColumn: return a.durationMinutes;
    case PersonColumn: return SortableList::personKey(entry.lastName, entry.firstName);
    case CaseColumn: return static_cast<qlonglong>(a.beneficiaryId);
    default: return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Day");
    case TimeColumn: return tr("Time");
    case DurationColumn: return tr("Duration");
    case PersonColumn: return tr("Person");
    case CaseColumn: return tr("Case no.");
    case KindColumn: return tr("Kind");
    case PlaceColumn: return tr("Place");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}
