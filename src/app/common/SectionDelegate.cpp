#include "common/SectionDelegate.h"

#include "common/CellRoles.h"
#include "common/DateField.h"

#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>

namespace {

const char* const kLoaded = "trameLoaded";

EditorKind kindOf(const QModelIndex& index)
{
    return static_cast<EditorKind>(index.data(CellRole::EditorRole).toInt());
}

QString headerOf(const QModelIndex& index)
{
    return index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
}

QComboBox* choiceEditor(QWidget* parent, const QModelIndex& index, bool free)
{
    auto* combo = new QComboBox(parent);
    for (const QVariant& choice : index.data(CellRole::ChoicesRole).toList()) {
        const QVariantMap map = choice.toMap();
        combo->addItem(map.value(QStringLiteral("label")).toString(), map.value(QStringLiteral("value")));
    }
    if (free) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->lineEdit()->setPlaceholderText(index.data(CellRole::PlaceholderRole).toString());
        // The choices that contain what is typed are listed; none is taken unless picked.
        auto* completer = new QCompleter(combo->model(), combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        combo->setCompleter(completer);
    }
    combo->setAccessibleName(headerOf(index));
    return combo;
}

} // namespace

QWidget* SectionDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex& index) const
{
    QWidget* editor = nullptr;
    switch (kindOf(index)) {
    case EditorKind::Choice:
    case EditorKind::FreeChoice: editor = choiceEditor(parent, index, kindOf(index) == EditorKind::FreeChoice); break;
    case EditorKind::Date: {
        auto* date = new DateField(parent);
        date->setToday(m_today);
        date->setFrame(false);
        editor = date;
        break;
    }
    default: {
        auto* line = new QLineEdit(parent);
        line->setFrame(false);
        line->setPlaceholderText(index.data(CellRole::PlaceholderRole).toString());
        editor = line;
        break;
    }
    }
    editor->setAccessibleName(headerOf(index));
    commitWhileTyping(editor);
    return editor;
}

void SectionDelegate::commitWhileTyping(QWidget* editor) const
{
    auto* self = const_cast<SectionDelegate*>(this);
    const auto commit = [self, editor] { emit self->commitData(editor); };
    if (auto* date = qobject_cast<DateField*>(editor))
        connect(date, &DateField::dateEdited, self, commit);
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, self, commit);
    else if (auto* combo = qobject_cast<QComboBox*>(editor); combo && combo->isEditable())
        connect(combo, &QComboBox::editTextChanged, self, commit);
    else if (combo)
        connect(combo, &QComboBox::activated, self, commit);
}

void SectionDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    // Once only: what the person types goes to the model, so the model has nothing newer to say.
    if (editor->property(kLoaded).toBool())
        return;
    editor->setProperty(kLoaded, true);
    const QVariant value = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QSignalBlocker blocker(combo);
        if (combo->isEditable())
            combo->setEditText(value.toString());
        else
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
    } else if (auto* date = qobject_cast<DateField*>(editor)) {
        date->setDate(value.toDate());
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void SectionDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->isEditable() ? QVariant(combo->currentText()) : combo->currentData(),
                       Qt::EditRole);
    } else if (auto* date = qobject_cast<DateField*>(editor)) {
        model->setData(index, date->date(), Qt::EditRole);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, line->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

void SectionDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString placeholder = index.data(CellRole::PlaceholderRole).toString();
    // Only where it can be typed: a file one only reads shows what is there.
    if (option->text.isEmpty() && !placeholder.isEmpty() && (index.flags() & Qt::ItemIsEditable)) {
        option->text = placeholder;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        option->palette.setColor(QPalette::HighlightedText, option->palette.color(QPalette::PlaceholderText));
    }
}
