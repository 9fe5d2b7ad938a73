#include "domain/PeriodJson.h"

#include "domain/Text.h"

namespace trame::periodjson {

using ordered = nlohmann::ordered_json;

namespace {

template <typename E> ordered name(E value)
{
    return std::string(toString(value));
}

ordered optionalDate(const std::optional<Date>& date)
{
    return date ? ordered(date->toString()) : ordered(nullptr);
}

} // namespace

ordered write(const Bilan& bilan)
{
    ordered obstacles = ordered::array();
    for (const auto& o : bilan.obstacles)
        obstacles.push_back({{"description", o.description}, {"category", name(o.category)}, {"lifted", o.lifted}});
    ordered indicators = ordered::array();
    for (const auto& i : bilan.indicators)
        indicators.push_back({{"label", i.label}, {"target", i.target}, {"evaluation", i.evaluation}});
    ordered steps = ordered::array();
    for (const auto& s : bilan.steps)
        steps.push_back({{"title", s.title}, {"status", name(s.status)}});
    return ordered{{"obstacles", obstacles}, {"indicators", indicators}, {"steps", steps}, {"text", bilan.text}};
}

ordered write(const SupportPeriod& p)
{
    ordered pauses = ordered::array();
    for (const Pause& pause : p.pauses)
        pauses.push_back({{"from", pause.from.toString()},
                          {"expected_end", optionalDate(pause.expectedEnd)},
                          {"until", optionalDate(pause.until)},
                          {"reason", pause.reason}});
    ordered exit = nullptr;
    if (p.exit)
        exit = {{"date", p.exit->date.toString()}, {"reason", p.exit->reason}, {"situation", name(p.exit->situation)}};
    return ordered{{"entry_date", p.entryDate.toString()},
                   {"programme", p.programme},
                   {"prescriber", {{"organisation", p.prescriberOrganisation}, {"name", p.prescriberName}}},
                   {"referent", p.referent},
                   {"situation_at_entry",
                    {{"employment", p.entry.employment},
                     {"time_without_work", p.entry.timeWithoutWork},
                     {"education_level", p.entry.educationLevel},
                     {"resources", p.entry.resources},
                     {"participant_flags", p.entry.participantFlags}}},
                   {"pauses", pauses},
                   {"exit", exit},
                   {"bilan", p.bilan ? write(*p.bilan) : ordered(nullptr)}};
}

Bilan readBilan(const JsonReader& in)
{
    in.expectObject({"obstacles", "indicators", "steps", "text"});
    Bilan bilan;
    if (in.has("obstacles"))
        for (const JsonReader& o : in.at("obstacles").items(limits::kListItems)) {
            o.expectObject({"description", "category", "lifted"});
            Bilan::ObstacleOutcome outcome;
            outcome.description = o.string("description", limits::kMedium, true);
            outcome.category = o.enumValue("category", ObstacleCategory::Other);
            if (o.has("lifted")) {
                if (!o.at("lifted").raw().is_boolean())
                    o.at("lifted").fail("expected true or false");
                outcome.lifted = o.at("lifted").raw().get<bool>();
            }
            bilan.obstacles.push_back(std::move(outcome));
        }
    if (in.has("indicators"))
        for (const JsonReader& i : in.at("indicators").items(limits::kListItems)) {
            i.expectObject({"label", "target", "evaluation"});
            bilan.indicators.push_back({i.string("label", limits::kShort), i.string("target", limits::kMedium, true),
                                        i.string("evaluation", limits::kMedium, true)});
        }
    if (in.has("steps"))
        for (const JsonReader& s : in.at("steps").items(limits::kListItems)) {
            s.expectObject({"title", "status"});
            bilan.steps.push_back({s.string("title", limits::kShort), s.enumValue("status", StepStatus::Planned)});
        }
    bilan.text = in.string("text", limits::kLong, true);
    return bilan;
}

SupportPeriod readPeriod(const JsonReader& in)
{
    in.expectObject(
        {"entry_date", "programme", "prescriber", "referent", "situation_at_entry", "pauses", "exit", "bilan"});
    SupportPeriod p;
    p.entryDate = in.at("entry_date").date();
    p.programme = in.at("programme").string(limits::kShort);
    if (in.has("prescriber")) {
        const JsonReader prescriber = in.at("prescriber");
        prescriber.expectObject({"organisation", "name"});
        p.prescriberOrganisation = prescriber.string("organisation", limits::kShort);
        p.prescriberName = prescriber.string("name", limits::kShort);
    }
    p.referent = in.string("referent", limits::kName);
    if (in.has("situation_at_entry")) {
        const JsonReader entry = in.at("situation_at_entry");
        entry.expectObject({"employment", "time_without_work", "education_level", "resources", "participant_flags"});
        p.entry.employment = entry.string("employment", limits::kShort);
        p.entry.timeWithoutWork = entry.string("time_without_work", limits::kShort);
        p.entry.educationLevel = entry.string("education_level", limits::kShort);
        p.entry.resources = entry.strings("resources", limits::kShort);
        p.entry.participantFlags = entry.strings("participant_flags", limits::kShort);
    }
    if (in.has("pauses"))
        for (const JsonReader& pause : in.at("pauses").items(limits::kListItems)) {
            pause.expectObject({"from", "expected_end", "until", "reason"});
            p.pauses.push_back({pause.at("from").date(), pause.optionalDate("expected_end"),
                                pause.optionalDate("until"), pause.string("reason", limits::kShort)});
        }
    if (in.has("exit") && !in.at("exit").isNull()) {
        const JsonReader exit = in.at("exit");
        exit.expectObject({"date", "reason", "situation"});
        p.exit = PeriodExit{exit.at("date").date(), exit.at("reason").string(limits::kShort),
                            exit.enumValue("situation", FseSituation::JobSeeking)};
    }
    if (in.has("bilan") && !in.at("bilan").isNull())
        p.bilan = readBilan(in.at("bilan"));
    return p;
}

} // namespace trame::periodjson
