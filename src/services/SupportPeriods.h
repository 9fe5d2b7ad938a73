#pragma once

#include "domain/Result.h"
#include "domain/SupportPeriod.h"
#include "services/Actor.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace trame::services {

class Clock;
class Workspace;

// A person's support periods, from the entry to the exit: the counsellor pauses, resumes, closes
// with a reason and a bilan, and reopens; the administrator keeps the lists of programmes and exit
// reasons. Every call checks the rule of the program (docs/security.md) and the domain's period
// rules (domain/PeriodRules.h); every change is audited with the period in one transaction, and
// the status the beneficiary list shows follows it there too.
class SupportPeriods {
public:
    SupportPeriods(Workspace& workspace, const Clock& clock, const Actor& actor);

    // Oldest first; the last one is the current one.
    Result<std::vector<SupportPeriod>> history(std::int64_t beneficiaryId) const;
    // Corrects what the current period says of the entry (date, programme, prescriber, situation);
    // its pauses and exit are changed by the calls below only. Updates `period.version`.
    Status saveEntry(SupportPeriod& period);
    Result<SupportPeriod> pause(std::int64_t beneficiaryId, const Pause& pause);
    Result<SupportPeriod> resume(std::int64_t beneficiaryId, const Date& on);
    // The bilan as the stored case file stands, for the counsellor to complete before closing.
    Result<Bilan> draftBilan(std::int64_t beneficiaryId) const;
    Result<SupportPeriod> close(std::int64_t beneficiaryId, const PeriodExit& exit, const Bilan& bilan);
    // A new period after the closed one, which stays whole; the file becomes editable again.
    Result<SupportPeriod> reopen(std::int64_t beneficiaryId, SupportPeriod next);
    // Corrections of what `shown` (any period of the history, at the version the counsellor saw)
    // recorded: its pause number `index`, or its exit and bilan. Allowed on a closed follow-up.
    Result<SupportPeriod> correctPause(const SupportPeriod& shown, std::size_t index, const Pause& corrected);
    Result<SupportPeriod> correctExit(const SupportPeriod& shown, const PeriodExit& exit, const Bilan& bilan);

    Result<std::vector<Programme>> programmes() const;
    Result<std::vector<ExitReason>> exitReasons() const;
    // The administrator's lists: an entry added with a new code, or one changed under its code.
    Status addProgramme(const Programme& programme);
    Status saveProgramme(const Programme& programme);
    Status addExitReason(const ExitReason& reason);
    Status saveExitReason(const ExitReason& reason);

private:
    // A step on one period, given the exit reasons its history is checked against.
    using PeriodChange =
        std::function<Result<SupportPeriod>(const SupportPeriod& period, const std::vector<ExitReason>& reasons)>;
    Status keepProgramme(const Programme& programme, bool adding);
    Status keepExitReason(const ExitReason& reason, bool adding);
    // Checks `action`, applies `change` to the period `periodId` (0: the current one), checks the
    // history still holds, stores the period with its audit entry and the status the list shows.
    Result<SupportPeriod> changePeriod(std::int64_t beneficiaryId, std::int64_t periodId, Action action,
                                       const char* what, const PeriodChange& change);
    // A correction of `shown`, refused when the period changed since it was shown.
    Result<SupportPeriod> changeShown(const SupportPeriod& shown, const char* what, const PeriodChange& change);

    Workspace& m_workspace;
    const Clock& m_clock;
    const Actor m_actor;
};

} // namespace trame::services
