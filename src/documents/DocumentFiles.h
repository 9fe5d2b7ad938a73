#pragma once

#include "domain/Letterhead.h"
#include "domain/PaperDocument.h"
#include "domain/Reference.h"

#include <string>

// The documents as PDF bytes, for a program without Qt of its own (trame-cli): each call brings up
// a Qt Gui session on the offscreen platform for as long as it draws.
namespace trame::documents {

std::string documentPdf(const DocumentSource& source);
std::string referenceCasePdf(const ReferenceCase& reference, const ReferenceContent& content,
                             const Letterhead& letterhead);
// A file name to offer: « plan-d-action-benali-2026-12-04.pdf ».
std::string documentFileName(const DocumentSource& source);

} // namespace trame::documents
