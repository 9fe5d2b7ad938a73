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

} // namespace

void bind(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set)
{
    const int mergeKey = nextMergeKey();
    edit->setUndoRedoEnabled(false);
    edit->setReadOnly(document.isReadOnly());
    edit->setPlainText(qs(get(document.caseFile())));
    UndoRouting::routeUndoToWindow(edit);
    QObject::connect(edit, &QPlainTextEdit::textChanged, edit, [edit, &document, undoText, set, mergeKey] {
        const std::string text = ss(edit->toPlainText());
        document.edit(
            undoText, [&](trame::CaseFile& c) { set(c, text); }, mergeKey);
    });
    QObject::connect(&document, &CaseFileDocument::changed, edit, [edit, &document, get] {
        const QString text = qs(get(document.caseFile()));
        if (edit->toPlainText() == text)
            return;
        const QSignalBlocker blocker(edit);
        QTextCursor cursor = edit->textCursor();
        const int position = cursor.position();
        edit->setPlainText(text);
        cursor = edit->textCursor();
        cursor.setPosition(std::min(position, static_cast<int>(text.size())));
        edit->setTextCursor(cursor);
    });
}

void bind(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set)
{
    const int mergeKey = nextMergeKey();
    edit->setReadOnly(document.isReadOnly());
    edit->setText(qs(get(document.caseFile())));
    UndoRouting::routeUndoToWindow(edit);
    QObject::connect(edit, &QLineEdit::textEdited, edit, [&document, undoText, set, mergeKey](const QString& text) {
        const std::string value = ss(text);
        document.edit(
            undoText, [&](trame::CaseFile& c) { set(c, value); }, mergeKey);
    });
    QObject::connect(&document, &CaseFileDocument::changed, edit, [edit, &document, get] {
        const QString text = qs(get(document.caseFile()));
        if (edit->text() != text) {
            const int position = edit->cursorPosition();
            edit->setText(text);
            edit->setCursorPosition(std::min(position, static_cast<int>(text.size())));
        }
    });
}

} // namespace TextBinding
