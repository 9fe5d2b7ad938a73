#include "domain/PeriodRules.h"

#include "domain/Text.h"

#include <algorithm>

namespace trame::rules {

namespace {

Error invalid(const std::string& path, const std::string& message)
{
    return Error{ErrorKind::Invalid, path, message};
}

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
    if (auto problem = textProblem(value, max, multiline))
        return invalid(path, *problem);
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
        return invalid(field(path, "from"), "starts before the period's entry on " + period.entryDate.toString());
    if (p.until && *p.until < p.from)
        return invalid(field(path, "until"), "ends before the pause starts on " + p.from.toString());
    if (p.expectedEnd && *p.expectedEnd < p.from)
        return invalid(field(path, "expected_end"), "is before the pause starts on " + p.from.toString());
    if (period.exit && (p.from > period.exit->date || (p.until && *p.until > period.exit->date)))
        return invalid(path, "lies after the period's exit on " + period.exit->date.toString());
    if (p.reason.find_first_not_of(" \t") == std::string::npos)
        return invalid(field(path, "reason"), "is required");
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
            return invalid(field(at, "until"), "is required: a later pause follows");
        if (i > 0 && period.pauses[i - 1].until && p.from < *period.pauses[i - 1].until)
            return invalid(field(at, "from"),
                           "overlaps the pause before, which ends on " + period.pauses[i - 1].until->toString());
    }
    if (period.exit && !period.pauses.empty() && !period.pauses.back().until)
        return invalid(index(field(path, "pauses"), period.pauses.size() - 1) + ".until",
                       "is required once the period is closed");
    return std::nullopt;
}

std::optional<Error> exitError(const SupportPeriod& period, const std::vector<ExitReason>& reasons,
                               const std::string& path)
{
    if (!period.exit) {
        if (period.bilan)
            return invalid(field(path, "bilan"), "is only written at the exit");
        return std::nullopt;
    }
    const std::string at = field(path, "exit");
    if (period.exit->date < period.entryDate)
        return invalid(field(at, "date"), "is before the entry on " + period.entryDate.toString());
    if (period.exit->reason.empty())
        return invalid(field(at, "reason"), "is required to close a period");
    if (!findReason(reasons, period.exit->reason))
        return invalid(field(at, "reason"), "'" + period.exit->reason + "' is not a known exit reason");
    if (!period.bilan)
        return invalid(field(path, "bilan"), "is required to close a period");
    if (period.bilan->text.find_first_not_of(" \t\r\n") == std::string::npos)
        return invalid(field(path, "bilan.text"), "is required to close a period: say how the follow-up ended");
    return textError(field(path, "bilan.text"), period.bilan->text, limits::kLong, true);
}

} // namespace

Status validateProgramme(const Programme& programme, const std::string& path)
{
    if (!isKey(programme.code))
        return invalid(field(path, "code"), "'" + programme.code + "' is not a code (lowercase letters, digits and _)");
    if (programme.label.find_first_not_of(" \t") == std::string::npos)
        return invalid(field(path, "label"), "is required");
    if (auto error = textError(field(path, "label"), programme.label, limits::kShort))
        return *error;
    if (programme.maxMonths && (*programme.maxMonths < 1 || *programme.maxMonths > 120))
        return invalid(field(path, "max_months"), "must be between 1 and 120 months");
    return Ok{};
}

Status requireListChange(const std::vector<std::string>& codes, const std::string& code, bool adding,
                         const std::string& path)
{
    const bool held = std::find(codes.begin(), codes.end(), code) != codes.end();
    if (adding && held)
        return invalid(field(path, "code"), "'" + code + "' is already in the list: change that entry instead");
    if (!adding && !held)
        return invalid(field(path, "code"), "'" + code + "' is not in the list: add it first");
    return Ok{};
}

Status requireKnownProgramme(const std::vector<Programme>& programmes, const std::string& code, const std::string& path)
{
    for (const Programme& p : programmes)
        if (p.code == code)
            return Ok{};
    return invalid(field(path, "programme"), "'" + code + "' is not a known programme");
}

Status validateExitReason(const ExitReason& reason, const std::string& path)
{
    if (!isKey(reason.code))
        return invalid(field(path, "code"), "'" + reason.code + "' is not a code (lowercase letters, digits and _)");
    if (reason.label.find_first_not_of(" \t") == std::string::npos)
        return invalid(field(path, "label"), "is required");
    if (auto error = textError(field(path, "label"), reason.label, limits::kShort))
        return *error;
    return Ok{};
}

Status validatePeriod(const SupportPeriod& period, const std::vector<ExitReason>& reasons, const std::string& path)
{
    if (period.programme.empty())
        return invalid(field(path, "programme"), "is required");
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
            return invalid(at, "a second open period: the one before must be closed first");
        if (periods[i].entryDate < before.exit->date)
            return invalid(field(at, "entry_date"),
                           "overlaps the period before, which ends on " + before.exit->date.toString());
    }
    return Ok{};
}

Result<SupportPeriod> pause(SupportPeriod period, const Pause& next)
{
    if (!period.isOpen())
        return invalid("pause", "a closed period cannot be paused");
    if (period.openPause())
        return invalid("pause", "the follow-up is already paused since " + period.openPause()->from.toString());
    if (!period.pauses.empty() && next.from < *period.pauses.back().until)
        return invalid("pause.from", "is before the end of the last pause, " + period.pauses.back().until->toString());
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
        return invalid("resume", "the follow-up is not paused");
    if (on < period.pauses.back().from)
        return invalid("resume.until", "is before the pause started on " + period.pauses.back().from.toString());
    period.pauses.back().until = on;
    return period;
}

Result<SupportPeriod> close(SupportPeriod period, const PeriodExit& exit, const Bilan& bilan,
                            const std::vector<ExitReason>& reasons)
{
    if (!period.isOpen())
        return invalid("exit", "this period is already closed");
    if (const Pause* open = period.openPause(); open && exit.date < open->from)
        return invalid("exit.date", "is before the pause under way, since " + open->from.toString());
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
        return invalid("period", "the current period is still open");
    next.id = 0;
    next.version = 0;
    next.pauses.clear();
    next.exit.reset();
    next.bilan.reset();
    if (!history.empty() && next.entryDate < history.back().exit->date)
        return invalid("entry_date", "is before the last period's exit on " + history.back().exit->date.toString());
    if (Status valid = validatePeriod(next, {}, ""); !valid)
        return valid.error();
    return next;
}

Result<SupportPeriod> correctPause(SupportPeriod period, std::size_t index, const Pause& corrected,
                                   const std::vector<ExitReason>& reasons)
{
    if (index >= period.pauses.size())
        return invalid("pause", "this period has no pause " + std::to_string(index + 1));
    Pause& recorded = period.pauses[index];
    if (recorded.until && !corrected.until)
        return invalid("pause.until", "is required: this pause has ended (a correction does not pause again)");
    if (!recorded.until && corrected.until)
        return invalid("pause.until", "is set by resuming the follow-up, not by a correction");
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
        return invalid("exit", "this period is still open: it is closed, not corrected");
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
