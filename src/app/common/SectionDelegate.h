#pragma once

#include "common/AppClock.h"
#include <QDate>
#include <QStyledItemDelegate>

// Editors for the case file's tables: a combo box for choices (statuses, catalogue entries), an
// editable one for free choices (a partner out of the catalogue), a DateField for dates, a line
// editor for text. Every editor hands its value to the model as it changes, so that an autosave
// never misses what is being typed; and the model's value is put into an editor once, when it
// opens, never again while the person types in it.
class SectionDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The day date editors open their calendar on, and read two-digit years against.
    void setToday(const QDate& today) { m_today = today; }

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    void commitWhileTyping(QWidget* editor) const;

    QDate m_today = AppClock::today();
};
