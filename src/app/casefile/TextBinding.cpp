#include "casefile/TextBinding.h"

#include "casefile/CaseFileDocument.h"
#include "common/Conversions.h"
#include "common/UndoRouting.h"

#include <QLineEdit>
#include <QPlainTextEdit>

namespace TextBinding {

namespace {

int nextMergeKey()
{
    static int key = 1000;
    return ++key;
}

// One text of the document, whichever part of it: how to read it, and how to change it as an
// undoable edit merged with the field's previous one.
struct Text {
    std::function<std::string()> read;
    std::function<void(const std::string&)> write;
    bool readOnly = false;
};

void bindText(QPlainTextEdit* edit, CaseFileDocument& document, const Text& text)
{
    edit->setUndoRedoEnabled(false);
    edit->setReadOnly(text.readOnly);
    edit->setPlainText(qs(text.read()));
    UndoRouting::routeUndoToWindow(edit);
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit,
                     [edit, write = text.write] { write(ss(edit->toPlainText())); });
    QObject::connect(&document, &CaseFileDocument::changed, edit, [edit, read = text.read] {
        const QString value = qs(read());
        if (edit->toPlainText() == value)
            return;
        const QSignalBlocker blocker(edit);
        QTextCursor cursor = edit->textCursor();
        const int position = cursor.position();
        edit->setPlainText(value);
        cursor = edit->textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(value.size())));
        edit->setTextCursor(cursor);
    });
}

void bindText(QLineEdit* edit, CaseFileDocument& document, const Text& text)
{
    edit->setReadOnly(text.readOnly);
    edit->setText(qs(text.read()));
    UndoRouting::routeUndoToWindow(edit);
    QObject::connect(edit, &QLineEdit::textEdited, edit,
                     [write = text.write](const QString& value) { write(ss(value)); });
    QObject::connect(&document, &CaseFileDocument::changed, edit, [edit, read = text.read] {
        const QString value = qs(read());
        if (edit->text() != value) {
            const int position = edit->cursorPosition();
            edit->setText(value);
            edit->setCursorPosition(std::min(position, static_cast<int>(value.size())));
        }
    });
}

Text caseFileText(CaseFileDocument& document, const QString& undoText, Getter get, Setter set)
{
    const int mergeKey = nextMergeKey();
    return {[&document, get] { return get(document.caseFile()); },
            [&document, undoText, set, mergeKey](const std::string& value) {
                document.edit(
                    undoText, [&](trame::CaseFile& c) { set(c, value); }, mergeKey);
            },
            document.isReadOnly()};
}

Text personText(CaseFileDocument& document, const QString& undoText, PersonGetter get, PersonSetter set)
{
    const int mergeKey = nextMergeKey();
    return {[&document, get] { return get(document.person()); },
            [&document, undoText, set, mergeKey](const std::string& value) {
                document.editPerson(
                    undoText, [&](trame::Beneficiary& b) { set(b, value); }, mergeKey);
            },
            document.isPersonReadOnly()};
}

} // namespace

void bind(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set)
{
    bindText(edit, document, caseFileText(document, undoText, std::move(get), std::move(set)));
}

void bind(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set)
{
    bindText(edit, document, caseFileText(document, undoText, std::move(get), std::move(set)));
}

void bind(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, PersonGetter get, PersonSetter set)
{
    bindText(edit, document, personText(document, undoText, std::move(get), std::move(set)));
}

void bind(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, PersonGetter get, PersonSetter set)
{
    bindText(edit, document, personText(document, undoText, std::move(get), std::move(set)));
}

} // namespace TextBinding
