#include "SectionDelegate.h"

#include "SectionTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>

namespace {
EditorKind kindOf(const QModelIndex& index)
{
    return static_cast<EditorKind>(index.data(SectionTableModel::EditorRole).toInt());
}
} // namespace

QWidget* SectionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    switch (kindOf(index)) {
    case EditorKind::Choice: {
        auto* combo = new QComboBox(parent);
        for (const QVariant& choice : index.data(SectionTableModel::ChoicesRole).toList()) {
            const QVariantMap map = choice.toMap();
            combo->addItem(map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("value")));
        }
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
        return combo;
    }
    case EditorKind::Date: {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate());
        edit->setSpecialValueText(QStringLiteral("—"));
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString());
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SectionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        date->setDate(value.toDate().isValid() ? value.toDate() : noDate());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void SectionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto* date = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, date->date() == noDate() ? QVariant(QDate()) : QVariant(date->date()), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}
