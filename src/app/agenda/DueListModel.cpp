#include "agenda/DueListModel.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"

using namespace trame;

DueListModel::DueListModel(QObject* parent) : RowListModel(ColumnCount, parent) {}

void DueListModel::setItems(std::vector<DueItem> items)
{
    replaceRows(std::move(items));
}

CaseFileSection DueListModel::sectionFor(DueKind kind)
{
    switch (kind) {
    case DueKind::StepDue: return CaseFileSection::Plan;
    case DueKind::PeriodToClose: return CaseFileSection::Period;
    case DueKind::AppointmentToQualify:
    case DueKind::FollowUpOverdue:
    case DueKind::NoAppointmentPlanned: return CaseFileSection::FollowUp;
    }
    return CaseFileSection::FollowUp;
}

QString DueListModel::whenText(const DueItem& item) const
{
    if (!item.day)
        return item.kind == DueKind::NoAppointmentPlanned ? tr("never seen") : QString();
    const QString day = formatDate(item.day);
    switch (item.kind) {
    case DueKind::AppointmentToQualify: return tr("appointment of %1").arg(day);
    case DueKind::FollowUpOverdue: return tr("due since %1").arg(day);
    case DueKind::NoAppointmentPlanned: return tr("last seen %1").arg(day);
    case DueKind::StepDue: return tr("due %1").arg(day);
    case DueKind::PeriodToClose: return day;
    }
    return day;
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    const DueItem* item = at(index.row());
    if (item && role == SortableList::SortKeyRole)
        return sortKey(*item, index.column());
    if (!item || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (index.column()) {
    case WhatColumn: return Labels::of(item->kind);
    case PersonColumn:
        return tr("%1 (no. %2)").arg(qs(item->firstName + " " + item->lastName)).arg(item->beneficiaryId);
    case WhenColumn: return whenText(*item);
    default: return {};
    }
}

QVariant DueListModel::sortKey(const DueItem& item, int column)
{
    switch (column) {
    case PersonColumn: return SortableList::personKey(item.lastName, item.firstName);
    // The day the work fell due; none (never seen) first, being the longest wait.
    case WhenColumn: return item.day ? QString::fromStdString(item.day->toString()) : QString();
    default: return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn: return tr("To do");
    case PersonColumn: return tr("Person");
    case WhenColumn: return tr("When");
    default: return {};
    }
}
