#pragma once

#include "domain/Reference.h"

#include <string>

namespace trame::documents {

// One of the guide's worked cases as a PDF, section by section in the guide's frame (situation,
// obstacles, attitude, methods and tools, action plan, indicators, administrative advice, follow-up
// rhythm): for trainees and for reading on paper. No personal data; `content` names the catalogue's
// tools, partners and obstacle categories. Returns the PDF's bytes.
std::string referenceCasePdf(const ReferenceCase& reference, const ReferenceContent& content);

} // namespace trame::documents
