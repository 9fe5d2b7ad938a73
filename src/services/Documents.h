#pragma once

#include "domain/PaperDocument.h"
#include "domain/Result.h"
#include "services/Actor.h"

#include <cstdint>
#include <optional>

namespace trame::services {

class Clock;
class Workspace;

// What a document about a person is made from. Printing or saving one reads the person's file:
// the same rule as opening it (read_case_file, own or other; a trainee prints only the guide's
// cases), and each document is one audit entry, an export naming the document and its subject,
// written in the transaction that reads what goes on the page.
class Documents {
public:
    Documents(Workspace& workspace, const Clock& clock, const Actor& actor);

    // `asked` is the interview, appointment or period the document is about (rules::documentSubject
    // picks the latest or the next when none is asked).
    Result<DocumentSource> source(DocumentKind kind, std::int64_t beneficiaryId,
                                  std::optional<std::int64_t> asked = std::nullopt);

private:
    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
