#include "services/Documents.h"

#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Letterheads.h"
#include "services/Workspace.h"
#include "storage/AccountRepository.h"
#include "storage/PeriodRepository.h"
#include "storage/RecordLoader.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReviewRepository.h"

namespace trame::services {

namespace {

// The labels a document prints for keys: the catalogue, the templates, the referentials.
Status readLabels(const storage::Database& db, DocumentSource& source)
{
    auto references = storage::ReferenceRepository(db).load();
    if (!references)
        return references.error();
    source.catalogue = std::move(references->catalogue);
    source.templates = std::move(references->templates);
    if (source.kind != DocumentKind::Bilan && source.kind != DocumentKind::CaseFile)
        return Ok{};
    const storage::PeriodRepository periods(db);
    auto programmes = periods.programmes();
    if (!programmes)
        return programmes.error();
    source.programmes = std::move(programmes).value();
    auto reasons = periods.exitReasons();
    if (!reasons)
        return reasons.error();
    source.exitReasons = std::move(reasons).value();
    return Ok{};
}

std::string auditDetail(const DocumentSource& source)
{
    std::string detail = "document=" + std::string(toString(source.kind));
    if (const char* subject = rules::subjectKind(source.kind))
        detail += std::string(" ") + subject + "=" + std::to_string(source.subject);
    return detail;
}

} // namespace

Documents::Documents(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Result<DocumentSource> Documents::source(DocumentKind kind, std::int64_t beneficiaryId,
                                         std::optional<std::int64_t> asked)
{
    storage::Database& db = m_workspace.database();
    const Status allowed = authorizeOnCaseFile(db, m_clock, m_actor, Action::ReadCaseFile, beneficiaryId);
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<DocumentSource>> {
        DocumentSource source;
        source.kind = kind;
        source.producedAt = m_clock.localNow();
        auto record = storage::loadRecord(db, beneficiaryId);
        if (!record)
            return record.error();
        source.record = std::move(record).value();
        auto subject = rules::documentSubject(kind, source.record, asked, source.producedAt);
        if (!subject)
            return subject.error();
        source.subject = *subject;
        auto head = letterhead(m_workspace);
        if (!head)
            return head.error();
        source.letterhead = std::move(head).value();
        auto counsellor = storage::AccountRepository(db).findByLogin(source.record.person.counsellor);
        if (!counsellor)
            return counsellor.error();
        source.counsellorName = *counsellor ? (*counsellor)->displayName : source.record.person.counsellor;
        if (kind == DocumentKind::CaseFile) {
            auto reviews = storage::ReviewRepository(db).history(beneficiaryId);
            if (!reviews)
                return reviews.error();
            source.reviews = std::move(reviews).value();
        }
        if (Status labels = readLabels(db, source); !labels)
            return labels.error();
        AuditEvent event{AuditAction::Export, "beneficiary", beneficiaryId, auditDetail(source)};
        return Audited<DocumentSource>{std::move(source), std::move(event)};
    });
}

} // namespace trame::services
