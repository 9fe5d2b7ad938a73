#pragma once

#include "documents/PaperComposer.h"
#include "domain/PaperDocument.h"

#include <QString>

namespace trame::documents {

// The document `source` describes, laid out for paper: the same blocks for a PDF, a printer and
// Qt's print preview, so that the application and trame-cli give the same document.
PaperComposer composeDocument(const DocumentSource& source);

// A file name to offer for it: « plan-d-action-benali-2026-12-04.pdf ».
QString suggestedFileName(const DocumentSource& source);

} // namespace trame::documents
