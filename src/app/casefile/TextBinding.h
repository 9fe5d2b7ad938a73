#pragma once

#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"

#include <QObject>

#include <functional>
#include <string>

class CaseFileDocument;
class QLineEdit;
class QPlainTextEdit;

// Keeps a text field and one text of the document in step, both ways: typing becomes undoable
// edits (merged while typing in the same field), and undo or a reload updates the field without
// moving the cursor more than needed.
namespace TextBinding {

using Getter = std::function<std::string(const trame::CaseFile&)>;
using Setter = std::function<void(trame::CaseFile&, const std::string&)>;

void bind(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set);
void bind(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, Getter get, Setter set);

// The same for a field of the person (the Profile page).
using PersonGetter = std::function<std::string(const trame::Beneficiary&)>;
using PersonSetter = std::function<void(trame::Beneficiary&, const std::string&)>;
void bind(QPlainTextEdit* edit, CaseFileDocument& document, const QString& undoText, PersonGetter get,
          PersonSetter set);
void bind(QLineEdit* edit, CaseFileDocument& document, const QString& undoText, PersonGetter get, PersonSetter set);

} // namespace TextBinding
