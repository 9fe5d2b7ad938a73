#pragma once

#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"
#include "domain/Result.h"
#include "domain/SupportPeriod.h"

#include <string>
#include <vector>

// The rules of a support period, from entry to exit: what a pause, an exit and a reopening
// must respect. The services apply them; the import checks files with the same ones.
namespace trame::rules {

// The administrator's lists: a code, a label.
Status validateProgramme(const Programme& programme, const std::string& path);
Status validateExitReason(const ExitReason& reason, const std::string& path);

// Adding to a list takes a code it does not hold yet; changing an entry, one it holds (the code
// stays: periods refer to it).
Status requireListChange(const std::vector<std::string>& codes, const std::string& code, bool adding,
                         const std::string& path);

// The period's programme must be one of the list's (a retired one stays valid on old periods).
Status requireKnownProgramme(const std::vector<Programme>& programmes, const std::string& code,
                             const std::string& path);

// One period on its own: dates in order, pauses inside the period and one at a time, an exit
// with a known reason and a bilan. Errors name the field under `path`.
Status validatePeriod(const SupportPeriod& period, const std::vector<ExitReason>& reasons, const std::string& path);
// A person's periods, oldest first: each valid, at most one open, none overlapping.
Status validateHistory(const std::vector<SupportPeriod>& periods, const std::vector<ExitReason>& reasons,
                       const std::string& path);

// The changes a counsellor makes; each returns the period as it becomes, or why not.
Result<SupportPeriod> pause(SupportPeriod period, const Pause& pause);
Result<SupportPeriod> resume(SupportPeriod period, const Date& on);
// An exit ends a pause under way on the exit day.
Result<SupportPeriod> close(SupportPeriod period, const PeriodExit& exit, const Bilan& bilan,
                            const std::vector<ExitReason>& reasons);
// The new period after the last one, which must be closed; the old one stays whole.
Result<SupportPeriod> reopen(const std::vector<SupportPeriod>& history, SupportPeriod next);

// Corrections of what was recorded, on any period of the history. A pause's dates and reason: a
// pause under way stays under way and an ended one stays ended (resuming is a step of its own).
Result<SupportPeriod> correctPause(SupportPeriod period, std::size_t index, const Pause& corrected,
                                   const std::vector<ExitReason>& reasons);
// An exit's date, reason, situation on leaving and bilan: the exit stays an exit, its bilan's text
// stays required. A pause the exit ended on its day ends on the corrected day.
Result<SupportPeriod> correctExit(SupportPeriod period, const PeriodExit& exit, const Bilan& bilan,
                                  const std::vector<ExitReason>& reasons);

// The bilan as the case file stands: each obstacle lifted or not, each indicator with its last
// evaluation, each plan step with its status. The counsellor adds the text.
Bilan prefilledBilan(const CaseFile& caseFile);

// The period of a person whose file says nothing of periods (written before them): open from the
// day they were created, or closed on their last change when their status says closed (reason
// "autre", a bilan saying so), or paused since then. Schema version 8 does the same in SQL.
SupportPeriod periodBeforePeriods(const Beneficiary& person);

// What the beneficiary list shows of a person's current period.
BeneficiaryStatus statusOf(const SupportPeriod& period);

// What needs the counsellor's eye on a period as of `today`.
struct PeriodAlerts {
    bool pastMaxLength = false;     // open past the programme's maximum length
    bool pausePastExpected = false; // paused past the pause's expected end
    friend bool operator==(const PeriodAlerts&, const PeriodAlerts&) = default;
};
PeriodAlerts alertsFor(const SupportPeriod& period, const std::optional<int>& programmeMaxMonths, const Date& today);
// The same from what the beneficiary list reads of the current period: the entry of the open one
// (none when closed), and the expected end of the pause under way.
PeriodAlerts alertsFor(const std::optional<Date>& openSince, const std::optional<int>& programmeMaxMonths,
                       const std::optional<Date>& pauseExpectedEnd, const Date& today);

} // namespace trame::rules
