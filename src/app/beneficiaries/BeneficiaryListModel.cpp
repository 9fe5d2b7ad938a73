#include "beneficiaries/BeneficiaryListModel.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/Tones.h"
#include "periods/PeriodText.h"

#include <QApplication>
#include <QBrush>
#include <QStyle>

using namespace trame;

BeneficiaryListModel::BeneficiaryListModel(services::CaseFiles& service, QObject* parent)
    : QAbstractTableModel(parent), m_service(service)
{
}

void BeneficiaryListModel::setQuery(const BeneficiaryQuery& query)
{
    // Only the first page: counting every match would cost more than the page itself.
    BeneficiaryQuery first = query;
    first.offset = 0;
    first.limit = kPageSize;
    auto page = m_service.find(first);
    beginResetModel();
    m_query = first;
    m_queried = true;
    m_rows = page ? std::move(page).value() : std::vector<BeneficiarySummary>{};
    m_more = page && static_cast<int>(m_rows.size()) == kPageSize;
    // Whoever reacts to a change (a view, Qt's model tester) must not fetch more inside it.
    m_busy = true;
    endResetModel();
    m_busy = false;
    if (!page)
        emit failed(page.error());
}

namespace {

std::optional<ListOrder> orderOf(int column)
{
    switch (column) {
    case BeneficiaryListModel::NameColumn: return ListOrder::ByName;
    case BeneficiaryListModel::StatusColumn: return ListOrder::ByStatus;
    case BeneficiaryListModel::CounsellorColumn: return ListOrder::ByCounsellor;
    case BeneficiaryListModel::NextAppointmentColumn: return ListOrder::ByNextAppointment;
    }
    return std::nullopt;
}

} // namespace

void BeneficiaryListModel::sort(int column, Qt::SortOrder order)
{
    const auto listOrder = orderOf(column);
    if (!listOrder)
        return;
    BeneficiaryQuery sorted = m_query;
    sorted.order = listOrder;
    sorted.descending = order == Qt::DescendingOrder;
    if (m_queried)
        setQuery(sorted);
    else
        m_query = sorted; // the view sorts as soon as it is told to, before the page's first query
}

int BeneficiaryListModel::sortColumn() const
{
    for (int column = 0; column < ColumnCount; ++column)
        if (orderOf(column) == m_query.order.value_or(ListOrder::ByName))
            return column;
    return NameColumn;
}

bool BeneficiaryListModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_busy && !parent.isValid() && m_more;
}

void BeneficiaryListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    BeneficiaryQuery next = m_query;
    next.offset = static_cast<int>(m_rows.size());
    auto page = m_service.find(next);
    m_more = page && static_cast<int>(page->size()) == kPageSize;
    if (!page) {
        emit failed(page.error());
        return;
    }
    if (page->empty())
        return;
    const int first = static_cast<int>(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), page->begin(), page->end());
    endInsertRows();
    m_busy = false;
}

std::int64_t BeneficiaryListModel::idAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<size_t>(row)].id : 0;
}

int BeneficiaryListModel::rowOf(std::int64_t id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int BeneficiaryListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int BeneficiaryListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BeneficiaryListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BeneficiarySummary& row = m_rows[static_cast<size_t>(index.row())];
    const bool alert = row.alerts.pastMaxLength || row.alerts.pausePastExpected;
    if (role == Qt::ForegroundRole && (row.overdue || (alert && index.column() == AlertColumn)))
        return QBrush(Tones::alert());
    // Late is said in words and with a sign too, not by the colour alone.
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole) && row.overdue)
        return tr("Follow-up overdue: a step or an appointment is past its date");
    if (role == Qt::DecorationRole && row.overdue && index.column() == NameColumn)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::UserRole)
        return static_cast<qlonglong>(row.id);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return qs(row.lastName).toUpper() + QLatin1Char(' ') + qs(row.firstName);
    case StatusColumn: return Labels::of(row.status);
    case CounsellorColumn: return qs(row.counsellor);
    case NextAppointmentColumn: return formatDate(row.nextAppointment);
    case AlertColumn: {
        QStringList words;
        if (row.overdue)
            words << tr("Overdue");
        if (const QString period = PeriodText::alertSummary(row.alerts); !period.isEmpty())
            words << period;
        return words.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant BeneficiaryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case CounsellorColumn: return tr("Counsellor");
    case NextAppointmentColumn: return tr("Next appointment");
    case AlertColumn: return tr("Alerts");
    }
    return {};
}
