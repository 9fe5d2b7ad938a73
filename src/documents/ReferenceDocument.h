#pragma once

#include "documents/PaperComposer.h"
#include "domain/Letterhead.h"
#include "domain/Reference.h"

namespace trame::documents {

// One of the guide's worked cases as a PDF, section by section in the guide's frame (situation,
// obstacles, attitude, methods and tools, action plan, indicators, administrative advice, follow-up
// rhythm): for trainees and for reading on paper. No personal data; `content` names the catalogue's
// tools, partners and obstacle categories; `letterhead` heads it as every document Trame prints.
PaperComposer composeReference(const ReferenceCase& reference, const ReferenceContent& content,
                               const Letterhead& letterhead);

} // namespace trame::documents
