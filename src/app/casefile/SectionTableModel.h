#pragma once

#include "common/CellRoles.h"
#include "domain/CaseFile.h"

#include <QAbstractTableModel>
#include <QVariant>

#include <functional>
#include <vector>

class CaseFileDocument;

// One column of a list of the case file: how to show a cell and how to change it.
struct SectionColumn {
    QString header;
    EditorKind editor = EditorKind::Text;
    std::function<QVariant(const trame::CaseFile&, int row, int role)> data;
    std::function<void(trame::CaseFile&, int row, const QVariant& value)> setData; // null: read-only
    std::function<QVariantList(const trame::CaseFile&)> choices;                   // for Choice: {label, value}
    QString placeholder;       // shown in grey while the cell is empty: what to write there
    bool followUpOnly = false; // statuses and dates: meaningless in a reference case, hidden there
};

// One list of the case file (obstacles, plan steps…) as an editable table. It owns no data: it
// reads the document and turns every change into an undoable edit of it.
class SectionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        EditorRole = CellRole::EditorRole,
        ChoicesRole = CellRole::ChoicesRole,
        PlaceholderRole = CellRole::PlaceholderRole
    };

    struct ListOps {
        QString itemName;    // "obstacle", for undo texts
        int firstColumn = 0; // where typing starts in a new row: the column that names it
        std::function<int(const trame::CaseFile&)> count;
        std::function<void(trame::CaseFile&, int row)> insert; // a new item at `row`
        std::function<void(trame::CaseFile&, int row)> remove;
        std::function<void(trame::CaseFile&, int from, int to)> move;
    };

    SectionTableModel(CaseFileDocument& document, ListOps ops, std::vector<SectionColumn> columns,
                      QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Drag and drop inside the table reorders.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    // Undoable list operations; each returns false when refused (read-only, out of range).
    bool addItem(int row);
    bool removeItem(int row);
    bool moveItem(int from, int to);

    bool isReadOnly() const;
    bool isReference() const;
    bool isFollowUpColumn(int column) const;
    int firstColumn() const { return m_ops.firstColumn; }
    EditorKind columnEditor(int column) const { return m_columns.at(static_cast<size_t>(column)).editor; }
    // Every label a choice column can show, to size it whatever its rows hold.
    QStringList choiceLabels(int column) const;

private:
    void refresh(bool byUser);

    CaseFileDocument& m_document;
    ListOps m_ops;
    std::vector<SectionColumn> m_columns;
    int m_rows = 0;
    int m_mergeBase; // typing in one cell merges into one undo step; each table has its own keys
};
