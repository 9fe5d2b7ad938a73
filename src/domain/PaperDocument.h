#pragma once

#include "domain/Document.h"
#include "domain/Letterhead.h"
#include "domain/LocalTime.h"
#include "domain/Result.h"
#include "domain/Review.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace trame {

// The documents Trame prints about a person (docs/documents.md): the action plan handed over at
// the end of an interview, an interview's summary, the whole case file for the file, the letter
// calling the person to an appointment, and the bilan of a closed support period.
enum class DocumentKind { Plan, Interview, CaseFile, Convocation, Bilan };

TRAME_ENUM_NAMES(DocumentKind, {DocumentKind::Plan, "plan"}, {DocumentKind::Interview, "interview"},
                 {DocumentKind::CaseFile, "casefile"}, {DocumentKind::Convocation, "convocation"},
                 {DocumentKind::Bilan, "bilan"})

// Everything one document is made from, read in one go by the service that audits it.
struct DocumentSource {
    DocumentKind kind = DocumentKind::Plan;
    Letterhead letterhead;
    BeneficiaryRecord record;
    std::string counsellorName;               // the person's counsellor, as their account names them
    std::vector<Review> reviews;              // the whole case file only
    std::vector<CatalogueEntry> catalogue;    // labels of tools, partners, obstacle categories
    std::vector<InterviewTemplate> templates; // labels of the Annexe 1 items
    std::vector<Programme> programmes;        // labels for the bilan
    std::vector<ExitReason> exitReasons;
    std::int64_t subject = 0; // the interview, appointment or period the document is about; 0 for none
    LocalTime producedAt;
};

namespace rules {

// Does `kind` need a subject, and which kind of record it is: "interview", "appointment", "period".
const char* subjectKind(DocumentKind kind);

// The record a document is about: the one asked for, which must be the person's (a convocation's
// appointment still planned and not past, a bilan's period closed); or, when none is asked, the
// latest interview, the next planned appointment, the latest closed period. 0 for a plan or a
// whole case file, which are about no one record. NotFound or Invalid errors name the option.
Result<std::int64_t> documentSubject(DocumentKind kind, const BeneficiaryRecord& record,
                                     std::optional<std::int64_t> asked, const LocalTime& now);

// The appointments an action plan lists: still planned, not yet begun, in time order.
std::vector<Appointment> upcomingAppointments(const BeneficiaryRecord& record, const LocalTime& now);

} // namespace rules

} // namespace trame
