#pragma once

#include <QDate>
#include <QStyledItemDelegate>

// Editors for the case file's tables: a combo box for choices (statuses, catalogue entries), a
// date editor where "—" means no date, a line editor for text.
class SectionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

    // The earliest date of the editor, shown as "—": choosing it clears the date.
    static QDate noDate() { return QDate(1900, 1, 1); }
};
