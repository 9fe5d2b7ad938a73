#include "interviews/InterviewTemplateModel.h"

#include "common/CellRoles.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/InterviewRules.h"

#include <QFont>

using namespace trame;

InterviewTemplateModel::InterviewTemplateModel(QObject* parent) : QAbstractItemModel(parent) {}

void InterviewTemplateModel::setContent(const InterviewTemplate* interviewTemplate,
                                        const std::vector<InterviewEntry>& entries, bool readOnly,
                                        const std::vector<Interview>& earlier)
{
    beginResetModel();
    m_root.children.clear();
    m_entries.clear();
    m_earlier = earlier;
    m_readOnly = readOnly;
    if (interviewTemplate)
        build(m_root, interviewTemplate->items);
    for (const InterviewEntry& e : entries)
        m_entries[e.itemKey] = e;
    endResetModel();
}

void InterviewTemplateModel::build(Node& node, const std::vector<TemplateItem>& items)
{
    for (const TemplateItem& item : items) {
        auto child = std::make_unique<Node>();
        child->item = &item;
        child->parent = &node;
        child->row = static_cast<int>(node.children.size());
        build(*child, item.children);
        node.children.push_back(std::move(child));
    }
}

std::vector<InterviewEntry> InterviewTemplateModel::entries() const
{
    std::vector<InterviewEntry> out;
    collect(m_root, out);
    return out;
}

void InterviewTemplateModel::collect(const Node& node, std::vector<InterviewEntry>& out) const
{
    for (const auto& child : node.children) {
        const auto it = m_entries.find(child->item->key);
        if (it != m_entries.end() && (it->second.status != ItemStatus::NotStarted || !it->second.note.empty()))
            out.push_back(it->second);
        collect(*child, out);
    }
}

bool InterviewTemplateModel::isCarriedOver(const std::string& key, const InterviewEntry* entry) const
{
    if (!entry || m_earlier.empty() || !entry->note.empty())
        return false;
    const InterviewEntry* before = rules::entryFor(m_earlier.back(), key);
    return before && before->status == entry->status;
}

QString InterviewTemplateModel::history(const std::string& key) const
{
    QStringList lines;
    for (const Interview& earlier : m_earlier)
        if (const InterviewEntry* entry = rules::entryFor(earlier, key)) {
            QString line = tr("%1: %2").arg(formatDate(earlier.heldOn), Labels::of(entry->status));
            if (!entry->note.empty())
                line += QStringLiteral(" — ") + qs(entry->note);
            lines << line;
        }
    return lines.join(QLatin1Char('\n'));
}

const InterviewTemplateModel::Node* InterviewTemplateModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<const Node*>(index.internalPointer()) : &m_root;
}

QModelIndex InterviewTemplateModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[static_cast<size_t>(row)].get());
}

QModelIndex InterviewTemplateModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* parentNode = nodeOf(child)->parent;
    if (!parentNode || parentNode == &m_root)
        return {};
    return createIndex(parentNode->row, 0, const_cast<Node*>(parentNode));
}

int InterviewTemplateModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int InterviewTemplateModel::columnCount(const QModelIndex&) const
{
    return 3;
}

QVariant InterviewTemplateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const auto it = m_entries.find(node->item->key);
    const InterviewEntry* entry = it == m_entries.end() ? nullptr : &it->second;
    switch (index.column()) {
    case 0:
        if (role == Qt::DisplayRole)
            return qs(node->item->label);
        if (role == Qt::ToolTipRole) {
            const QString past = history(node->item->key);
            return past.isEmpty() ? qs(node->item->label)
                                  : qs(node->item->label) + QStringLiteral("\n\n") + tr("Earlier interviews:") +
                                        QLatin1Char('\n') + past;
        }
        if (role == Qt::FontRole && !node->children.empty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case 1:
        if (role == Qt::DisplayRole)
            return entry ? Labels::of(entry->status) : QString();
        // A status still as the last interview left it is shown as such, until the counsellor
        // changes it or writes a note.
        if (isCarriedOver(node->item->key, entry)) {
            if (role == Qt::FontRole) {
                QFont italic;
                italic.setItalic(true);
                return italic;
            }
            if (role == Qt::ToolTipRole)
                return tr("As at the interview of %1").arg(formatDate(m_earlier.back().heldOn));
            if (role == Qt::AccessibleDescriptionRole)
                return tr("unchanged since the interview of %1").arg(formatDate(m_earlier.back().heldOn));
        }
        if (role == Qt::EditRole)
            return qs(std::string(toString(entry ? entry->status : ItemStatus::NotStarted)));
        if (role == CellRole::EditorRole)
            return static_cast<int>(EditorKind::Choice);
        if (role == CellRole::ChoicesRole) {
            QVariantList list;
            for (ItemStatus status : allEnumerators<ItemStatus>())
                list.append(QVariantMap{{QStringLiteral("label"), Labels::of(status)},
                                        {QStringLiteral("value"), qs(std::string(toString(status)))}});
            return list;
        }
        return {};
    case 2:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return entry ? qs(entry->note) : QString();
        if (role == CellRole::EditorRole)
            return static_cast<int>(EditorKind::Text);
        return {};
    }
    return {};
}

QVariant InterviewTemplateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case 0: return tr("Item of the follow-up template");
    case 1: return tr("Status");
    case 2: return tr("Note");
    }
    return {};
}

Qt::ItemFlags InterviewTemplateModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_readOnly && index.column() > 0)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool InterviewTemplateModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_readOnly || role != Qt::EditRole || !index.isValid() || index.column() == 0)
        return false;
    const std::string key = nodeOf(index)->item->key;
    InterviewEntry& entry = m_entries[key];
    entry.itemKey = key;
    if (index.column() == 1) {
        const auto status = parseEnum<ItemStatus>(ss(value.toString()));
        if (!status || *status == entry.status)
            return false;
        entry.status = *status;
    } else {
        const std::string note = ss(value.toString());
        if (note == entry.note)
            return false;
        entry.note = note;
        // Writing a note on an item not started means the item is being worked on.
        if (!note.empty() && entry.status == ItemStatus::NotStarted)
            entry.status = ItemStatus::InProgress;
    }
    emit dataChanged(this->index(index.row(), 1, index.parent()), this->index(index.row(), 2, index.parent()));
    emit entriesEdited();
    return true;
}
