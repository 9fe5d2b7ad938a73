#include "domain/PeriodRules.h"

#include "domain/Text.h"

#include <algorithm>

namespace trame::rules {

namespace {

std::string field(const std::string& path, const std::string& name)
{
    return path.empty() ? name : path + "." + name;
}

std::string index(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

std::optional<Error> textError(const std::string& path, const std::string& value, std::size_t max,
                               bool multiline = false)
{
    if (auto problem = textRule(value, max, multiline))
        return ruleError(path, *problem);
    return std::nullopt;
}

const ExitReason* findReason(const std::vector<ExitReason>& reasons, const std::string& code)
{
    const auto found =
        std::find_if(reasons.begin(), reasons.end(), [&](const ExitReason& r) { return r.code == code; });
    return found == reasons.end() ? nullptr : &*found;
}

std::optional<Error> pauseError(const SupportPeriod& period, const Pause& p, const std::string& path)
{
    if (p.from < period.entryDate)
        return ruleError(field(path, "from"), {kPauseBeforeEntry, {period.entryDate.toString()}});
    if (p.until && *p.until < p.from)
        return ruleError(field(path, "until"), {kEndsBeforePause, {p.from.toString()}});
    if (p.expectedEnd && *p.expectedEnd < p.from)
        return ruleError(field(path, "expected_end"), {kBeforePause, {p.from.toString()}});
    if (period.exit && (p.from > period.exit->date || (p.until && *p.until > period.exit->date)))
        return ruleError(path, {kAfterExit, {period.exit->date.toString()}});
    if (p.reason.find_first_not_of(" \t") == std::string::npos)
        return ruleError(field(path, "reason"), {kRequired, {}});
    return textError(field(path, "reason"), p.reason, limits::kShort);
}

std::optional<Error> pausesError(const SupportPeriod& period, const std::string& path)
{
    for (std::size_t i = 0; i < period.pauses.size(); ++i) {
        const Pause& p = period.pauses[i];
        const std::string at = index(field(path, "pauses"), i);
        if (auto error = pauseError(period, p, at))
            return error;
        if (!p.until && i + 1 < period.pauses.size())
            return ruleError(field(at, "until"), {kLaterPauseFollows, {}});
        if (i > 0 && period.pauses[i - 1].until && p.from < *period.pauses[i - 1].until)
            return ruleError(field(at, "from"), {kOverlapsPause, {period.pauses[i - 1].until->toString()}});
    }
    if (period.exit && !period.pauses.empty() && !period.pauses.back().until)
        return ruleError(index(field(path, "pauses"), period.pauses.size() - 1) + ".until", {kRequiredOnceClosed, {}});
    return std::nullopt;
}

std::optional<Error> exitError(const SupportPeriod& period, const std::vector<ExitReason>& reasons,
                               const std::string& path)
{
    if (!period.exit) {
        if (period.bilan)
            return ruleError(field(path, "bilan"), {kOnlyAtExit, {}});
        return std::nullopt;
    }
    const std::string at = field(path, "exit");
    if (period.exit->date < period.entryDate)
        return ruleError(field(at, "date"), {kBeforeEntry, {period.entryDate.toString()}});
    if (period.exit->reason.empty())
        return ruleError(field(at, "reason"), {kRequiredToClose, {}});
    if (!findReason(reasons, period.exit->reason))
        return ruleError(field(at, "reason"), {kUnknownReason, {period.exit->reason}});
    if (!period.bilan)
        return ruleError(field(path, "bilan"), {kRequiredToClose, {}});
    if (period.bilan->text.find_first_not_of(" \t\r\n") == std::string::npos)
        return ruleError(field(path, "bilan.text"), {kSayHowItEnded, {}});
    return textError(field(path, "bilan.text"), period.bilan->text, limits::kLong, true);
}

} // namespace

Status validateProgramme(const Programme& programme, const std::string& path)
{
    if (!isKey(programme.code))
        return ruleError(field(path, "code"), {kNotCode, {programme.code}});
    if (programme.label.find_first_not_of(" \t") == std::string::npos)
        return ruleError(field(path, "label"), {kRequired, {}});
    if (auto error = textError(field(path, "label"), programme.label, limits::kShort))
        return *error;
    if (programme.maxMonths && (*programme.maxMonths < 1 || *programme.maxMonths > 120))
        return ruleError(field(path, "max_months"), {kMaxMonths, {}});
    return Ok{};
}

Status requireListChange(const std::vector<std::string>& codes, const std::string& code, bool adding,
                         const std::string& path)
{
    const bool held = std::find(codes.begin(), codes.end(), code) != codes.end();
    if (adding && held)
        return ruleError(field(path, "code"), {kAlreadyListed, {code}});
    if (!adding && !held)
        return ruleError(field(path, "code"), {kNotListed, {code}});
    return Ok{};
}

Status requireKnownProgramme(const std::vector<Programme>& programmes, const std::string& code, const std::string& path)
{
    for (const Programme& p : programmes)
        if (p.code == code)
            return Ok{};
    return ruleError(field(path, "programme"), {kUnknownProgramme, {code}});
}

Status validateExitReason(const ExitReason& reason, const std::string& path)
{
    if (!isKey(reason.code))
        return ruleError(field(path, "code"), {kNotCode, {reason.code}});
    if (reason.label.find_first_not_of(" \t") == std::string::npos)
        return ruleError(field(path, "label"), {kRequired, {}});
    if (auto error = textError(field(path, "label"), reason.label, limits::kShort))
        return *error;
    return Ok{};
}

Status validatePeriod(const SupportPeriod& period, const std::vector<ExitReason>& reasons, const std::string& path)
{
    if (period.programme.empty())
        return ruleError(field(path, "programme"), {kRequired, {}});
    for (const auto& [name, value] :
         {std::pair{"programme", &period.programme},
          std::pair{"prescriber_organisation", &period.prescriberOrganisation},
          std::pair{"prescriber_name", &period.prescriberName}, std::pair{"referent", &period.referent}})
        if (auto error = textError(field(path, name), *value, limits::kShort))
            return *error;
    for (const std::string& value : period.entry.resources)
        if (auto error = textError(field(path, "entry.resources"), value, limits::kShort))
            return *error;
    for (const auto& [name, value] : {std::pair{"employment", &period.entry.employment},
                                      std::pair{"time_without_work", &period.entry.timeWithoutWork},
                                      std::pair{"education_level", &period.entry.educationLevel}})
        if (auto error = textError(field(path, std::string("entry.") + name), *value, limits::kShort))
            return *error;
    if (auto error = exitError(period, reasons, path))
        return *error;
    if (auto error = pausesError(period, path))
        return *error;
    return Ok{};
}

Status validateHistory(const std::vector<SupportPeriod>& periods, const std::vector<ExitReason>& reasons,
                       const std::string& path)
{
    for (std::size_t i = 0; i < periods.size(); ++i) {
        const std::string at = index(path, i);
        if (Status valid = validatePeriod(periods[i], reasons, at); !valid)
            return valid;
        if (i == 0)
            continue;
        const SupportPeriod& before = periods[i - 1];
        if (before.isOpen())
            return ruleError(at, {kSecondOpenPeriod, {}});
        if (periods[i].entryDate < before.exit->date)
            return ruleError(field(at, "entry_date"), {kOverlapsPeriod, {before.exit->date.toString()}});
    }
    return Ok{};
}

Result<SupportPeriod> pause(SupportPeriod period, const Pause& next)
{
    if (!period.isOpen())
        return ruleError("pause", {kClosedNotPaused, {}});
    if (period.openPause())
        return ruleError("pause", {kAlreadyPaused, {period.openPause()->from.toString()}});
    if (!period.pauses.empty() && next.from < *period.pauses.back().until)
        return ruleError("pause.from", {kBeforeLastPauseEnd, {period.pauses.back().until->toString()}});
    Pause added = next;
    added.until.reset();
    if (auto error = pauseError(period, added, "pause"))
        return *error;
    period.pauses.push_back(added);
    return period;
}

Result<SupportPeriod> resume(SupportPeriod period, const Date& on)
{
    if (!period.openPause())
        return ruleError("resume", {kNotPaused, {}});
    if (on < period.pauses.back().from)
        return ruleError("resume.until", {kBeforePauseStarted, {period.pauses.back().from.toString()}});
    period.pauses.back().until = on;
    return period;
}

Result<SupportPeriod> close(SupportPeriod period, const PeriodExit& exit, const Bilan& bilan,
                            const std::vector<ExitReason>& reasons)
{
    if (!period.isOpen())
        return ruleError("exit", {kAlreadyClosed, {}});
    if (const Pause* open = period.openPause(); open && exit.date < open->from)
        return ruleError("exit.date", {kBeforePauseUnderWay, {open->from.toString()}});
    if (period.openPause())
        period.pauses.back().until = exit.date;
    period.exit = exit;
    period.bilan = bilan;
    if (Status valid = validatePeriod(period, reasons, ""); !valid)
        return valid.error();
    return period;
}

Result<SupportPeriod> reopen(const std::vector<SupportPeriod>& history, SupportPeriod next)
{
    if (!history.empty() && history.back().isOpen())
        return ruleError("period", {kCurrentStillOpen, {}});
    next.id = 0;
    next.version = 0;
    next.pauses.clear();
    next.exit.reset();
    next.bilan.reset();
    if (!history.empty() && next.entryDate < history.back().exit->date)
        return ruleError("entry_date", {kBeforeLastExit, {history.back().exit->date.toString()}});
    if (Status valid = validatePeriod(next, {}, ""); !valid)
        return valid.error();
    return next;
}

Result<SupportPeriod> correctPause(SupportPeriod period, std::size_t index, const Pause& corrected,
                                   const std::vector<ExitReason>& reasons)
{
    if (index >= period.pauses.size())
        return ruleError("pause", {kNoSuchPause, {std::to_string(index + 1)}});
    Pause& recorded = period.pauses[index];
    if (recorded.until && !corrected.until)
        return ruleError("pause.until", {kPauseEnded, {}});
    if (!recorded.until && corrected.until)
        return ruleError("pause.until", {kUntilByResuming, {}});
    recorded = corrected;
    if (auto error = pauseError(period, recorded, "pause"))
        return *error;
    if (Status valid = validatePeriod(period, reasons, ""); !valid)
        return valid.error();
    return period;
}

Result<SupportPeriod> correctExit(SupportPeriod period, const PeriodExit& exit, const Bilan& bilan,
                                  const std::vector<ExitReason>& reasons)
{
    if (period.isOpen())
        return ruleError("exit", {kStillOpenNotCorrected, {}});
    if (!period.pauses.empty()) {
        Pause& last = period.pauses.back();
        if (last.until == period.exit->date && exit.date < *last.until && exit.date >= last.from)
            last.until = exit.date;
    }
    period.exit = exit;
    period.bilan = bilan;
    if (Status valid = validatePeriod(period, reasons, ""); !valid)
        return valid.error();
    return period;
}

Bilan prefilledBilan(const CaseFile& caseFile)
{
    Bilan bilan;
    for (const Obstacle& o : caseFile.obstacles)
        bilan.obstacles.push_back({o.description, o.category, o.status == ObstacleStatus::Lifted});
    for (const Indicator& i : caseFile.indicators)
        bilan.indicators.push_back({i.label, i.target, i.evaluation});
    for (const PlanStep& s : caseFile.plan)
        bilan.steps.push_back({s.title, s.status});
    return bilan;
}

SupportPeriod periodBeforePeriods(const Beneficiary& person)
{
    SupportPeriod p;
    p.beneficiaryId = person.id;
    p.programme = "autre";
    p.referent = person.counsellor;
    p.entryDate = person.createdAt ? Date::fromDays(person.createdAt->day()) : Date();
    const Date changed = person.updatedAt ? Date::fromDays(person.updatedAt->day()) : p.entryDate;
    if (person.status == BeneficiaryStatus::Closed) {
        p.exit = PeriodExit{std::max(changed, p.entryDate), "autre", FseSituation::JobSeeking};
        p.bilan = Bilan{};
        p.bilan->text = "Suivi clos avant que Trame ne tienne les périodes d’accompagnement.";
    } else if (person.status == BeneficiaryStatus::Paused) {
        p.pauses.push_back({std::max(changed, p.entryDate), std::nullopt, std::nullopt,
                            "Suspension enregistrée avant les périodes d’accompagnement"});
    }
    return p;
}

BeneficiaryStatus statusOf(const SupportPeriod& period)
{
    if (!period.isOpen())
        return BeneficiaryStatus::Closed;
    return period.openPause() ? BeneficiaryStatus::Paused : BeneficiaryStatus::Active;
}

PeriodAlerts alertsFor(const SupportPeriod& period, const std::optional<int>& programmeMaxMonths, const Date& today)
{
    if (!period.isOpen())
        return {};
    const Pause* open = period.openPause();
    return alertsFor(period.entryDate, programmeMaxMonths, open ? open->expectedEnd : std::nullopt, today);
}

PeriodAlerts alertsFor(const std::optional<Date>& openSince, const std::optional<int>& programmeMaxMonths,
                       const std::optional<Date>& pauseExpectedEnd, const Date& today)
{
    PeriodAlerts alerts;
    if (!openSince)
        return alerts;
    alerts.pastMaxLength = programmeMaxMonths && today >= openSince->addMonths(*programmeMaxMonths);
    alerts.pausePastExpected = pauseExpectedEnd && today > *pauseExpectedEnd;
    return alerts;
}

} // namespace trame::rules
