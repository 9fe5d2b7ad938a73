#include "services/SupportPeriods.h"

#include "domain/PeriodRules.h"
#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "storage/CaseFileRepository.h"
#include "storage/Database.h"
#include "storage/PeriodRepository.h"

#include <algorithm>

namespace trame::services {

SupportPeriods::SupportPeriods(Workspace& workspace, const Clock& clock, const Actor& actor)
    : m_workspace(workspace), m_clock(clock), m_actor(actor)
{
}

Result<std::vector<SupportPeriod>> SupportPeriods::history(std::int64_t beneficiaryId) const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed =
            authorizeOnCaseFile(db, m_clock, m_actor, Action::ReadCaseFile, beneficiaryId, "support_period");
        !allowed)
        return allowed.error();
    return storage::PeriodRepository(db).periodsOf(beneficiaryId);
}

Result<SupportPeriod> SupportPeriods::changePeriod(std::int64_t beneficiaryId, std::int64_t periodId, Action action,
                                                   const char* what, const PeriodChange& change)
{
    storage::Database& db = m_workspace.database();
    storage::PeriodRepository repo(db);
    std::optional<SupportPeriod> changed;
    BeneficiaryStatus status = BeneficiaryStatus::Active;
    const Status allowed =
        authorizeOnCaseFile(db, m_clock, m_actor, action, beneficiaryId, "support_period").and_then([&](Ok) -> Status {
            auto all = repo.periodsOf(beneficiaryId);
            auto reasons = repo.exitReasons();
            if (!all || !reasons)
                return all ? reasons.error() : all.error();
            if (all->empty())
                return makeError(ErrorKind::NotFound, "period", "this person has no support period");
            auto at = periodId == 0
                          ? all->end() - 1
                          : std::find_if(all->begin(), all->end(), [&](const auto& p) { return p.id == periodId; });
            if (at == all->end())
                return makeError(ErrorKind::NotFound, "period", "this period is not one of this person's");
            auto after = change(*at, *reasons);
            if (!after)
                return after.error();
            *at = *after;
            // Whatever the step, the person's history as a whole must still hold.
            if (Status valid = rules::validateHistory(*all, *reasons, "periods"); !valid)
                return valid;
            status = rules::statusOf(all->back());
            changed = std::move(after).value();
            return Ok{};
        });
    auto version = authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        auto stored = repo.update(*changed);
        if (!stored)
            return stored.error();
        if (Status shown = repo.setBeneficiaryStatus(beneficiaryId, status); !shown)
            return shown.error();
        return Audited<std::int64_t>{*stored,
                                     {AuditAction::Change, "support_period", changed->id,
                                      std::string(what) + " beneficiary=" + std::to_string(beneficiaryId)}};
    });
    if (!version)
        return version.error();
    changed->version = *version;
    return *changed;
}

Result<SupportPeriod> SupportPeriods::changeShown(const SupportPeriod& shown, const char* what,
                                                  const PeriodChange& change)
{
    return changePeriod(shown.beneficiaryId, shown.id, Action::CorrectFollowUp, what,
                        [&](const SupportPeriod& now, const std::vector<ExitReason>& reasons) -> Result<SupportPeriod> {
                            if (now.version != shown.version)
                                return makeError(ErrorKind::Conflict, "period",
                                                 "this support period was changed on another workstation");
                            return change(now, reasons);
                        });
}

Result<SupportPeriod> SupportPeriods::correctPause(const SupportPeriod& shown, std::size_t index,
                                                   const Pause& corrected)
{
    return changeShown(shown, "correct pause", [&](const SupportPeriod& now, const std::vector<ExitReason>& reasons) {
        return rules::correctPause(now, index, corrected, reasons);
    });
}

Result<SupportPeriod> SupportPeriods::correctExit(const SupportPeriod& shown, const PeriodExit& exit,
                                                  const Bilan& bilan)
{
    return changeShown(shown, "correct exit", [&](const SupportPeriod& now, const std::vector<ExitReason>& reasons) {
        return rules::correctExit(now, exit, bilan, reasons);
    });
}

Status SupportPeriods::saveEntry(SupportPeriod& period)
{
    auto programmes = storage::PeriodRepository(m_workspace.database()).programmes();
    if (!programmes)
        return programmes.error();
    const SupportPeriod edited = period;
    auto saved = changePeriod(
        period.beneficiaryId, 0, Action::EditCaseFile, "entry",
        [&](const SupportPeriod& now, const std::vector<ExitReason>&) -> Result<SupportPeriod> {
            if (now.id != edited.id)
                return makeError(ErrorKind::Conflict, "period", "this period is no longer the current one");
            if (now.version != edited.version)
                return makeError(ErrorKind::Conflict, "period",
                                 "this support period was changed on another workstation");
            if (Status known = rules::requireKnownProgramme(*programmes, edited.programme, ""); !known)
                return known.error();
            SupportPeriod next = now;
            next.entryDate = edited.entryDate;
            next.programme = edited.programme;
            next.prescriberOrganisation = edited.prescriberOrganisation;
            next.prescriberName = edited.prescriberName;
            next.entry = edited.entry;
            return next;
        });
    if (!saved)
        return saved.error();
    period = *saved;
    return Ok{};
}

Result<SupportPeriod> SupportPeriods::pause(std::int64_t beneficiaryId, const Pause& next)
{
    return changePeriod(
        beneficiaryId, 0, Action::PauseFollowUp, "pause",
        [&](const SupportPeriod& now, const std::vector<ExitReason>&) { return rules::pause(now, next); });
}

Result<SupportPeriod> SupportPeriods::resume(std::int64_t beneficiaryId, const Date& on)
{
    return changePeriod(
        beneficiaryId, 0, Action::PauseFollowUp, "resume",
        [&](const SupportPeriod& now, const std::vector<ExitReason>&) { return rules::resume(now, on); });
}

Result<Bilan> SupportPeriods::draftBilan(std::int64_t beneficiaryId) const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed =
            authorizeOnCaseFile(db, m_clock, m_actor, Action::ReadCaseFile, beneficiaryId, "support_period");
        !allowed)
        return allowed.error();
    return storage::CaseFileRepository(db).load(beneficiaryId).transform([](const CaseFile& caseFile) {
        return rules::prefilledBilan(caseFile);
    });
}

Result<SupportPeriod> SupportPeriods::close(std::int64_t beneficiaryId, const PeriodExit& exit, const Bilan& bilan)
{
    return changePeriod(beneficiaryId, 0, Action::CloseFollowUp, "close",
                        [&](const SupportPeriod& now, const std::vector<ExitReason>& reasons) {
                            return rules::close(now, exit, bilan, reasons);
                        });
}

Result<SupportPeriod> SupportPeriods::reopen(std::int64_t beneficiaryId, SupportPeriod next)
{
    storage::Database& db = m_workspace.database();
    storage::PeriodRepository repo(db);
    std::optional<SupportPeriod> opened;
    const Status allowed =
        authorizeOnCaseFile(db, m_clock, m_actor, Action::ReopenFollowUp, beneficiaryId, "support_period")
            .and_then([&](Ok) -> Status {
                auto programmes = repo.programmes();
                auto periods = repo.periodsOf(beneficiaryId);
                if (!programmes || !periods)
                    return programmes ? periods.error() : programmes.error();
                if (Status known = rules::requireKnownProgramme(*programmes, next.programme, ""); !known)
                    return known;
                next.beneficiaryId = beneficiaryId;
                next.referent = m_actor.login();
                auto made = rules::reopen(*periods, next);
                if (!made)
                    return made.error();
                opened = std::move(made).value();
                return Ok{};
            });
    auto id = authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<std::int64_t>> {
        auto stored = repo.insert(*opened);
        if (!stored)
            return stored.error();
        if (Status status = repo.setBeneficiaryStatus(beneficiaryId, BeneficiaryStatus::Active); !status)
            return status.error();
        return Audited<std::int64_t>{
            *stored,
            {AuditAction::Create, "support_period", *stored, "reopen beneficiary=" + std::to_string(beneficiaryId)}};
    });
    if (!id)
        return id.error();
    opened->id = *id;
    opened->version = 1;
    return *opened;
}

Result<std::vector<Programme>> SupportPeriods::programmes() const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ReadReferences, Scope::Any); !allowed)
        return allowed.error();
    return storage::PeriodRepository(db).programmes();
}

Result<std::vector<ExitReason>> SupportPeriods::exitReasons() const
{
    storage::Database& db = m_workspace.database();
    if (Status allowed = authorize(db, m_clock, m_actor, Action::ReadReferences, Scope::Any); !allowed)
        return allowed.error();
    return storage::PeriodRepository(db).exitReasons();
}

Status SupportPeriods::addProgramme(const Programme& programme)
{
    return keepProgramme(programme, true);
}

Status SupportPeriods::saveProgramme(const Programme& programme)
{
    return keepProgramme(programme, false);
}

Status SupportPeriods::addExitReason(const ExitReason& reason)
{
    return keepExitReason(reason, true);
}

Status SupportPeriods::saveExitReason(const ExitReason& reason)
{
    return keepExitReason(reason, false);
}

Status SupportPeriods::keepProgramme(const Programme& programme, bool adding)
{
    storage::Database& db = m_workspace.database();
    const storage::PeriodRepository periods(db);
    const Status allowed = authorize(db, m_clock, m_actor, Action::KeepReferentials, Scope::Any)
                               .and_then([&](Ok) { return rules::validateProgramme(programme, ""); })
                               .and_then([&](Ok) -> Status {
                                   auto list = periods.programmes();
                                   if (!list)
                                       return list.error();
                                   std::vector<std::string> codes;
                                   for (const Programme& p : *list)
                                       codes.push_back(p.code);
                                   return rules::requireListChange(codes, programme.code, adding, "");
                               });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Ok>> {
        storage::PeriodRepository repo(db);
        if (Status saved = adding ? repo.addProgramme(programme) : repo.changeProgramme(programme); !saved)
            return saved.error();
        return Audited<Ok>{
            {},
            {adding ? AuditAction::Create : AuditAction::Change, "programme", std::nullopt, "code=" + programme.code}};
    });
}

Status SupportPeriods::keepExitReason(const ExitReason& reason, bool adding)
{
    storage::Database& db = m_workspace.database();
    const storage::PeriodRepository periods(db);
    const Status allowed = authorize(db, m_clock, m_actor, Action::KeepReferentials, Scope::Any)
                               .and_then([&](Ok) { return rules::validateExitReason(reason, ""); })
                               .and_then([&](Ok) -> Status {
                                   auto list = periods.exitReasons();
                                   if (!list)
                                       return list.error();
                                   std::vector<std::string> codes;
                                   for (const ExitReason& r : *list)
                                       codes.push_back(r.code);
                                   return rules::requireListChange(codes, reason.code, adding, "");
                               });
    return authorizedChange(db, m_clock, m_actor, allowed, [&]() -> Result<Audited<Ok>> {
        storage::PeriodRepository repo(db);
        if (Status saved = adding ? repo.addExitReason(reason) : repo.changeExitReason(reason); !saved)
            return saved.error();
        return Audited<Ok>{
            {},
            {adding ? AuditAction::Create : AuditAction::Change, "exit_reason", std::nullopt, "code=" + reason.code}};
    });
}

} // namespace trame::services
