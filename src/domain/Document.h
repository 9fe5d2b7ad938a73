#pragma once

#include "domain/Appointment.h"
#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"
#include "domain/Interview.h"
#include "domain/Reference.h"
#include "domain/Result.h"
#include "domain/SupportPeriod.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trame {

// Everything Trame holds on one person: identity, case file and interviews.
struct BeneficiaryRecord {
    Beneficiary person;
    CaseFile caseFile;
    std::vector<Interview> interviews;
    std::vector<SupportPeriod> periods;    // oldest first; none in a file written before version 8
    std::vector<Appointment> appointments; // in time order; none in a file written before version 9

    friend bool operator==(const BeneficiaryRecord&, const BeneficiaryRecord&) = default;
};

// A "trame/1" file: what export writes and import reads (docs/data-format.md).
struct Document {
    static constexpr const char* kFormat = "trame/1";

    std::vector<BeneficiaryRecord> beneficiaries;
    std::optional<ReferenceContent> references;

    friend bool operator==(const Document&, const Document&) = default;
};

// Largest file Trame reads, so that a wrong file cannot exhaust memory.
constexpr std::size_t kMaxDocumentBytes = 512u * 1024u * 1024u;

// What a reader holds in memory at most, besides the file's bytes. The reader keeps every value
// (each object, array, string, number) at some 30 bytes beside its text; a person with a full
// history is about 380 values, so the default is 40,000 people, beyond the size limit's 35,000,
// and a file of tiny values (`[1,1,1…`) stops at about 500 MB where the size limit alone let it
// reach 19 GB. Tests lower it to see it refuse.
struct ReadLimits {
    std::size_t maxValues = 16'000'000;
};

// Parses and validates a whole document; the first problem comes back as an Invalid error
// whose path names the field ("beneficiaries[3].birth_date"). `knownTemplates` adds templates
// (from the database) against which interview entries are checked.
Result<Document> parseDocument(std::string_view text, const std::vector<InterviewTemplate>& knownTemplates = {},
                               const ReadLimits& limits = {});

// Canonical form: fields in a fixed order, 2-space indentation, a final newline. Equal documents
// give identical bytes.
std::string serializeDocument(const Document& document);

// The parts on their own, for the seed files compiled into Trame.
Result<ReferenceCase> parseReferenceCase(std::string_view text, const std::string& path);
Result<std::vector<CatalogueEntry>> parseCatalogue(std::string_view text, const std::string& path);
Result<InterviewTemplate> parseTemplate(std::string_view text, const std::string& path);
std::string serializeReferenceCase(const ReferenceCase& reference);
std::string serializeTemplate(const InterviewTemplate& interviewTemplate);
std::string serializeCatalogueEntry(const CatalogueEntry& entry);
Result<CatalogueEntry> parseCatalogueEntry(std::string_view text, const std::string& path);

} // namespace trame
