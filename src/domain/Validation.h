#pragma once

#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"
#include "domain/Interview.h"
#include "domain/Reference.h"
#include "domain/Result.h"

#include <string>

namespace trame {

// The domain's rules. Each returns the first broken rule as an Invalid error whose path names
// the field under `path` ("beneficiaries[3].birth_date"). Types and enum values are already
// guaranteed by C++; these check what the type system cannot.
Status validate(const Beneficiary& beneficiary, const std::string& path);
Status validate(const CaseFile& caseFile, const std::string& path);
// With a template, every entry's key must be one of its items.
Status validate(const Interview& interview, const std::string& path, const InterviewTemplate* usedTemplate = nullptr);
Status validate(const ReferenceCase& reference, const std::string& path);
Status validate(const CatalogueEntry& entry, const std::string& path);
Status validate(const InterviewTemplate& interviewTemplate, const std::string& path);

} // namespace trame
