#include "casefile/SectionTableModel.h"

#include "casefile/CaseFileDocument.h"

#include <QMimeData>

namespace {
const char* const kRowMime = "application/x-trame-row";

int nextMergeBase()
{
    static int base = 0;
    base = (base + 1) % 2000;
    return 100000 + base * 1000000;
}
} // namespace

SectionTableModel::SectionTableModel(CaseFileDocument& document, ListOps ops, std::vector<SectionColumn> columns,
                                     QObject* parent)
    : QAbstractTableModel(parent), m_document(document), m_ops(std::move(ops)), m_columns(std::move(columns)),
      m_mergeBase(nextMergeBase())
{
    m_rows = m_ops.count(m_document.caseFile());
    connect(&m_document, &CaseFileDocument::changed, this, &SectionTableModel::refresh);
}

void SectionTableModel::refresh(bool)
{
    const int rows = m_ops.count(m_document.caseFile());
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

int SectionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SectionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant SectionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || index.row() >= m_rows)
        return {};
    const SectionColumn& column = m_columns[static_cast<size_t>(index.column())];
    if (role == EditorRole)
        return static_cast<int>(column.editor);
    if (role == ChoicesRole)
        return column.choices ? column.choices(m_document.caseFile()) : QVariantList();
    if (role == PlaceholderRole)
        return column.placeholder;
    return column.data(m_document.caseFile(), index.row(), role);
}

QVariant SectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section < 0 || section >= columnCount())
        return {};
    return m_columns[static_cast<size_t>(section)].header;
}

Qt::ItemFlags SectionTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return isReadOnly() ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!isReadOnly()) {
        flags |= Qt::ItemIsDragEnabled;
        if (m_columns[static_cast<size_t>(index.column())].setData)
            flags |= Qt::ItemIsEditable;
    }
    return flags;
}

bool SectionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || isReadOnly())
        return false;
    const SectionColumn& column = m_columns[static_cast<size_t>(index.column())];
    if (!column.setData)
        return false;
    const int row = index.row();
    const bool typed = column.editor == EditorKind::Text || column.editor == EditorKind::FreeChoice;
    const int mergeKey = typed ? m_mergeBase + (row % 10000) * 100 + index.column() : -1;
    return m_document.edit(
        tr("Edit %1").arg(m_ops.itemName), [&](trame::CaseFile& c) { column.setData(c, row, value); }, mergeKey);
}

QStringList SectionTableModel::choiceLabels(int column) const
{
    QStringList labels;
    const SectionColumn& c = m_columns.at(static_cast<size_t>(column));
    if (c.choices)
        for (const QVariant& choice : c.choices(m_document.caseFile()))
            labels << choice.toMap().value(QStringLiteral("label")).toString();
    return labels;
}

bool SectionTableModel::isFollowUpColumn(int column) const
{
    return column >= 0 && column < columnCount() && m_columns[static_cast<size_t>(column)].followUpOnly;
}

bool SectionTableModel::isReadOnly() const
{
    return m_document.isReadOnly();
}

bool SectionTableModel::isReference() const
{
    return m_document.isReference();
}

bool SectionTableModel::addItem(int row)
{
    if (row < 0 || row > m_rows)
        row = m_rows;
    return m_document.edit(tr("Add %1").arg(m_ops.itemName), [&](trame::CaseFile& c) { m_ops.insert(c, row); });
}

bool SectionTableModel::removeItem(int row)
{
    if (row < 0 || row >= m_rows)
        return false;
    return m_document.edit(tr("Remove %1").arg(m_ops.itemName), [&](trame::CaseFile& c) { m_ops.remove(c, row); });
}

bool SectionTableModel::moveItem(int from, int to)
{
    if (from < 0 || from >= m_rows || to < 0 || to >= m_rows || from == to || !m_ops.move)
        return false;
    return m_document.edit(tr("Move %1").arg(m_ops.itemName), [&](trame::CaseFile& c) { m_ops.move(c, from, to); });
}

QStringList SectionTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kRowMime)};
}

QMimeData* SectionTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kRowMime), QByteArray::number(indexes.first().row()));
    return mime;
}

bool SectionTableModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                     const QModelIndex& parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(QString::fromLatin1(kRowMime)))
        return false;
    bool ok = false;
    const int from = data->data(QString::fromLatin1(kRowMime)).toInt(&ok);
    if (!ok)
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : m_rows);
    if (to > from)
        --to; // the dragged row leaves its place first
    moveItem(from, std::min(to, m_rows - 1));
    return false; // the move is done; the view must not remove the source row itself
}
