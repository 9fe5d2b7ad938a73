#pragma once

#include "documents/PaperComposer.h"
#include "domain/PaperDocument.h"

// The five documents about a person, one file each; PersonDocument.cpp picks one.
namespace trame::documents::parts {

// A document headed with the structure's letterhead, its title and whom it is about.
PaperComposer start(const DocumentSource& source, const QString& title);

void plan(const DocumentSource& source, PaperComposer& paper);
void interview(const DocumentSource& source, PaperComposer& paper);
void caseFile(const DocumentSource& source, PaperComposer& paper);
void convocation(const DocumentSource& source, PaperComposer& paper);
void bilan(const DocumentSource& source, PaperComposer& paper);

// The title each kind of document bears.
QString titleOf(DocumentKind kind);

} // namespace trame::documents::parts
