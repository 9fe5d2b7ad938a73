// The "trame/1" JSON format, reading: strict (types, unknown fields, enum values, limits), every
// complaint naming its JSON path, then the domain's rules and the identities across the file.
#include "domain/AppointmentJson.h"
#include "domain/Document.h"
#include "domain/PeriodJson.h"

#include "domain/JsonReader.h"
#include "domain/Text.h"
#include "domain/Validation.h"

#include <map>
#include <set>
#include <vector>

namespace trame {

using nlohmann::json;

namespace {

constexpr std::int64_t kMaxId = 9007199254740991; // 2^53 - 1: exact in every JSON reader

void fromStatus(const Status& status)
{
    if (!status)
        throw JsonInputError(status.error());
}

FollowUpRhythm readRhythm(const JsonReader& in)
{
    in.expectObject({"kind", "every", "after_event", "label"});
    FollowUpRhythm r;
    r.kind = in.enumValue("kind", RhythmKind::Recurring);
    const JsonReader every = in.at("every");
    every.expectObject({"count", "unit"});
    r.interval.count = static_cast<int>(every.at("count").integer(1, 366));
    r.interval.unit = every.at("unit").enumValue<IntervalUnit>();
    r.afterEvent = in.string("after_event", limits::kShort);
    r.label = in.string("label", limits::kShort);
    return r;
}

std::optional<std::int64_t> optionalId(const JsonReader& in, const char* key)
{
    if (!in.has(key) || in.raw().at(key).is_null())
        return std::nullopt;
    return in.at(key).integer(1, kMaxId);
}

// The frame's fields, read from `in` (a case file, or a reference case that also has its own).
CaseFile readFrame(const JsonReader& in)
{
    CaseFile c;
    c.problemStatement = in.string("problem_statement", limits::kMedium, true);
    c.situation = in.string("situation", limits::kLong, true);
    if (in.has("obstacles"))
        for (const JsonReader& o : in.at("obstacles").items(limits::kListItems)) {
            o.expectObject({"id", "category", "description", "status", "identified_on", "lifted_on"});
            Obstacle obstacle;
            obstacle.id = optionalId(o, "id").value_or(0);
            obstacle.category = o.at("category").enumValue<ObstacleCategory>();
            obstacle.description = o.at("description").string(limits::kMedium, true);
            obstacle.status = o.enumValue("status", ObstacleStatus::Identified);
            obstacle.identifiedOn = o.optionalDate("identified_on");
            obstacle.liftedOn = o.optionalDate("lifted_on");
            c.obstacles.push_back(obstacle);
        }
    if (in.has("attitude"))
        for (const JsonReader& p : in.at("attitude").items(limits::kListItems)) {
            p.expectObject({"technique", "label", "guidance", "example_phrase"});
            c.attitude.push_back({p.string("technique", limits::kShort), p.at("label").string(limits::kShort),
                                  p.string("guidance", limits::kMedium, true),
                                  p.string("example_phrase", limits::kMedium, true)});
        }
    if (in.has("tools"))
        for (const JsonReader& t : in.at("tools").items(limits::kListItems)) {
            t.expectObject({"tool", "label", "details"});
            c.tools.push_back({t.string("tool", limits::kShort), t.at("label").string(limits::kShort),
                               t.string("details", limits::kMedium, true)});
        }
    if (in.has("referrals"))
        for (const JsonReader& r : in.at("referrals").items(limits::kListItems)) {
            r.expectObject({"partner", "partner_name", "purpose", "status"});
            c.referrals.push_back({r.at("partner").string(limits::kShort), r.string("partner_name", limits::kShort),
                                   r.string("purpose", limits::kMedium, true),
                                   r.enumValue("status", ReferralStatus::Proposed)});
        }
    if (in.has("plan"))
        for (const JsonReader& s : in.at("plan").items(limits::kListItems)) {
            s.expectObject({"id", "title", "details", "due_date", "status", "partner", "partner_name", "obstacle"});
            PlanStep step;
            step.id = optionalId(s, "id").value_or(0);
            step.title = s.at("title").string(limits::kShort);
            step.details = s.string("details", limits::kMedium, true);
            step.dueDate = s.optionalDate("due_date");
            step.status = s.enumValue("status", StepStatus::Planned);
            step.partner = s.string("partner", limits::kShort);
            step.partnerName = s.string("partner_name", limits::kShort);
            step.obstacleId = optionalId(s, "obstacle");
            c.plan.push_back(step);
        }
    if (in.has("indicators"))
        for (const JsonReader& i : in.at("indicators").items(limits::kListItems)) {
            i.expectObject({"label", "target", "evaluation", "evaluated_on", "evidence"});
            c.indicators.push_back({i.at("label").string(limits::kShort), i.string("target", limits::kMedium, true),
                                    i.string("evaluation", limits::kMedium, true), i.optionalDate("evaluated_on"),
                                    i.string("evidence", limits::kMedium, true)});
        }
    c.adminAdvice = in.strings("admin_advice", limits::kMedium);
    if (in.has("rhythm") && !in.raw().at("rhythm").is_null())
        c.rhythm = readRhythm(in.at("rhythm"));
    c.reviewState = in.enumValue("review_state", ReviewState::Draft);
    c.updatedAt = in.timestamp("updated_at");
    return c;
}

Interview readInterview(const JsonReader& in, std::int64_t beneficiaryId)
{
    in.expectObject({"id", "held_on", "template_version", "entries", "self_assessment", "next_appointment"});
    Interview i;
    i.id = optionalId(in, "id").value_or(0);
    i.beneficiaryId = beneficiaryId;
    i.heldOn = in.at("held_on").date();
    i.templateVersion = static_cast<int>(in.at("template_version").integer(1, 1000));
    if (in.has("entries"))
        for (const JsonReader& e : in.at("entries").items(limits::kListItems)) {
            e.expectObject({"item", "status", "note"});
            i.entries.push_back({e.at("item").string(limits::kShort), e.enumValue("status", ItemStatus::NotStarted),
                                 e.string("note", limits::kLong, true)});
        }
    i.selfAssessment = in.string("self_assessment", limits::kLong, true);
    i.nextAppointment = in.optionalDate("next_appointment");
    return i;
}

BeneficiaryRecord readBeneficiary(const JsonReader& in)
{
    in.expectObject({"id",      "civility",       "first_name", "last_name", "birth_date", "phone",   "email",
                     "address", "qualifications", "experience", "languages", "resources",  "consent", "counsellor",
                     "status",  "created_at",     "updated_at", "case_file", "interviews", "periods", "appointments"});
    BeneficiaryRecord r;
    Beneficiary& b = r.person;
    b.id = in.at("id").integer(1, kMaxId);
    b.civility = in.enumValue("civility", Civility::Unspecified);
    b.firstName = in.at("first_name").string(limits::kName);
    b.lastName = in.at("last_name").string(limits::kName);
    b.birthDate = in.optionalDate("birth_date");
    b.phone = in.string("phone", limits::kName);
    b.email = in.string("email", limits::kShort);
    b.address = in.string("address", limits::kMedium, true);
    b.qualifications = in.string("qualifications", limits::kLong, true);
    b.experience = in.string("experience", limits::kLong, true);
    b.languages = in.strings("languages", limits::kShort);
    b.resources = in.strings("resources", limits::kShort);
    if (in.has("consent")) {
        const JsonReader consent = in.at("consent");
        consent.expectObject({"date", "legal_basis", "information"});
        b.consent.date = consent.optionalDate("date");
        b.consent.legalBasis = consent.string("legal_basis", limits::kShort);
        b.consent.information = consent.string("information", limits::kMedium, true);
    }
    b.counsellor = in.string("counsellor", limits::kName);
    b.status = in.enumValue("status", BeneficiaryStatus::Active);
    b.createdAt = in.timestamp("created_at");
    b.updatedAt = in.timestamp("updated_at");
    fromStatus(validate(b, in.path()));
    if (in.has("case_file")) {
        const JsonReader caseFile = in.at("case_file");
        caseFile.expectObject({"problem_statement", "situation", "obstacles", "attitude", "tools", "referrals", "plan",
                               "indicators", "admin_advice", "rhythm", "review_state", "updated_at"});
        r.caseFile = readFrame(caseFile);
        fromStatus(validate(r.caseFile, caseFile.path()));
    }
    r.caseFile.beneficiaryId = b.id;
    if (in.has("interviews"))
        for (const JsonReader& i : in.at("interviews").items(limits::kListItems * 4))
            r.interviews.push_back(readInterview(i, b.id));
    // Periods are checked against the database's programmes and exit reasons when imported.
    if (in.has("periods"))
        for (const JsonReader& p : in.at("periods").items(limits::kListItems)) {
            r.periods.push_back(periodjson::readPeriod(p));
            r.periods.back().beneficiaryId = b.id;
        }
    // Their counsellors and interviews are checked against the database when imported.
    if (in.has("appointments"))
        for (const JsonReader& a : in.at("appointments").items(limits::kListItems * 4))
            r.appointments.push_back(appointmentjson::read(a, b.id));
    return r;
}

ReferenceCase readReferenceCase(const JsonReader& in)
{
    in.expectObject({"number", "title", "title_in_guide", "civility", "name", "age", "problem_statement", "situation",
                     "obstacles", "attitude", "tools", "referrals", "plan", "indicators", "admin_advice", "rhythm",
                     "indicators_note", "source", "notes"});
    ReferenceCase r;
    r.number = static_cast<int>(in.at("number").integer(1, 99));
    r.title = in.at("title").string(limits::kShort);
    r.titleInGuide = in.has("title_in_guide") ? in.at("title_in_guide").string(limits::kShort) : r.title;
    r.civility = in.enumValue("civility", Civility::Unspecified);
    r.name = in.at("name").string(limits::kName);
    if (in.has("age") && !in.raw().at("age").is_null())
        r.age = static_cast<int>(in.at("age").integer(14, 99));
    r.content = readFrame(in);
    r.indicatorsNote = in.string("indicators_note", limits::kMedium, true);
    r.source = in.at("source").string(limits::kShort);
    r.notes = in.strings("notes", limits::kMedium);
    fromStatus(validate(r, in.path()));
    return r;
}

CatalogueEntry readCatalogueEntry(const JsonReader& in)
{
    in.expectObject({"kind", "key", "label", "description", "reference_cases", "codes"});
    CatalogueEntry e;
    e.kind = in.at("kind").enumValue<CatalogueKind>();
    e.key = in.at("key").string(limits::kShort);
    e.label = in.at("label").string(limits::kShort);
    e.description = in.string("description", limits::kMedium, true);
    if (in.has("reference_cases"))
        for (const JsonReader& n : in.at("reference_cases").items(99))
            e.referenceCases.push_back(static_cast<int>(n.integer(1, 99)));
    if (in.has("codes")) {
        const JsonReader codes = in.at("codes");
        if (!codes.raw().is_object())
            codes.fail("expected an object of referential: code");
        for (const auto& item : codes.raw().items())
            e.codes[item.key()] = JsonReader(item.value(), codes.path() + "." + item.key()).string(limits::kShort);
    }
    fromStatus(validate(e, in.path()));
    return e;
}

TemplateItem readTemplateItem(const JsonReader& in)
{
    in.expectObject({"key", "label", "children"});
    TemplateItem item{in.at("key").string(limits::kShort), in.at("label").string(limits::kShort), {}};
    if (in.has("children"))
        for (const JsonReader& child : in.at("children").items(limits::kListItems))
            item.children.push_back(readTemplateItem(child));
    return item;
}

InterviewTemplate readTemplate(const JsonReader& in)
{
    in.expectObject({"version", "title", "instructions", "items"});
    InterviewTemplate t;
    t.version = static_cast<int>(in.at("version").integer(1, 1000));
    t.title = in.at("title").string(limits::kShort);
    t.instructions = in.string("instructions", limits::kMedium, true);
    for (const JsonReader& item : in.at("items").items(limits::kListItems))
        t.items.push_back(readTemplateItem(item));
    fromStatus(validate(t, in.path()));
    return t;
}

ReferenceContent readReferences(const JsonReader& in)
{
    in.expectObject({"seed_version", "cases", "catalogue", "templates"});
    ReferenceContent content;
    content.seedVersion = static_cast<int>(in.at("seed_version").integer(1, 1000000));
    std::set<int> numbers;
    if (in.has("cases"))
        for (const JsonReader& c : in.at("cases").items(99)) {
            content.cases.push_back(readReferenceCase(c));
            if (!numbers.insert(content.cases.back().number).second)
                c.at("number").fail("case " + std::to_string(content.cases.back().number) + " appears twice");
        }
    std::set<std::pair<CatalogueKind, std::string>> keys;
    if (in.has("catalogue"))
        for (const JsonReader& e : in.at("catalogue").items(limits::kListItems * 4)) {
            content.catalogue.push_back(readCatalogueEntry(e));
            if (!keys.insert({content.catalogue.back().kind, content.catalogue.back().key}).second)
                e.at("key").fail("'" + content.catalogue.back().key + "' appears twice");
        }
    std::set<int> versions;
    if (in.has("templates"))
        for (const JsonReader& t : in.at("templates").items(100)) {
            content.templates.push_back(readTemplate(t));
            if (!versions.insert(content.templates.back().version).second)
                t.at("version").fail("version appears twice");
        }
    return content;
}

// Every item of `items` has an id, not yet in `seen` (ids of the whole file).
template <typename T>
void requireUniqueIds(const std::vector<T>& items, std::set<std::int64_t>& seen, const std::string& path,
                      const char* noun)
{
    for (std::size_t k = 0; k < items.size(); ++k) {
        const std::string at = path + "[" + std::to_string(k) + "].id";
        if (items[k].id == 0)
            throw JsonInputError(Error{ErrorKind::Invalid, at, "is missing"});
        if (!seen.insert(items[k].id).second)
            throw JsonInputError(
                Error{ErrorKind::Invalid, at, std::to_string(items[k].id) + " is used by another " + noun});
    }
}

// Ids are keys of the database, so they must be unique across the whole file.
void checkIdentities(const Document& doc, const std::vector<InterviewTemplate>& knownTemplates)
{
    std::map<int, const InterviewTemplate*> templates;
    for (const InterviewTemplate& t : knownTemplates)
        templates[t.version] = &t;
    if (doc.references)
        for (const InterviewTemplate& t : doc.references->templates)
            templates[t.version] = &t;

    std::set<std::int64_t> people, obstacles, steps, interviews;
    auto fail = [](const std::string& path, const std::string& message) {
        throw JsonInputError(Error{ErrorKind::Invalid, path, message});
    };
    for (std::size_t i = 0; i < doc.beneficiaries.size(); ++i) {
        const BeneficiaryRecord& r = doc.beneficiaries[i];
        const std::string at = "beneficiaries[" + std::to_string(i) + "]";
        if (!people.insert(r.person.id).second)
            fail(at + ".id", std::to_string(r.person.id) + " is used by another beneficiary");
        requireUniqueIds(r.caseFile.obstacles, obstacles, at + ".case_file.obstacles", "obstacle");
        requireUniqueIds(r.caseFile.plan, steps, at + ".case_file.plan", "plan step");
        for (std::size_t k = 0; k < r.interviews.size(); ++k) {
            const Interview& interview = r.interviews[k];
            const std::string path = at + ".interviews[" + std::to_string(k) + "]";
            if (interview.id == 0)
                fail(path + ".id", "is missing");
            if (!interviews.insert(interview.id).second)
                fail(path + ".id", std::to_string(interview.id) + " is used by another interview");
            const auto t = templates.find(interview.templateVersion);
            if (!templates.empty() && t == templates.end())
                fail(path + ".template_version",
                     "template version " + std::to_string(interview.templateVersion) + " is unknown");
            fromStatus(validate(interview, path, t == templates.end() ? nullptr : t->second));
        }
    }
}

// Deep enough for every trame/1 document (a reference case nests about 8 levels).
constexpr int kMaxJsonDepth = 64;

// A parser's message quotes what it read: a number of 100,000 digits must not come back whole.
std::string shortened(const std::string& message)
{
    std::size_t cut = 200;
    if (message.size() <= cut)
        return message;
    while (cut > 0 && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80)
        --cut; // never inside a UTF-8 sequence
    return message.substr(0, cut) + "…";
}

template <typename T, typename Fn>
Result<T> readText(std::string_view text, const std::string& path, Fn&& read, const ReadLimits& bounds = {})
{
    if (text.size() > kMaxDocumentBytes)
        return makeError(ErrorKind::Invalid, path,
                         "the file is larger than " + std::to_string(kMaxDocumentBytes >> 20) + " MiB");
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return makeError(ErrorKind::Invalid, path, "the file is empty");
    json parsed;
    try {
        // Refused as they are read: nesting deeper than any trame/1 document goes and more values
        // than any holds (either would otherwise take memory by the gigabyte), and a key given
        // twice in one object (which of the two values would be meant?).
        std::vector<std::set<std::string>> keys;
        std::size_t values = 0;
        const json::parser_callback_t strict = [&keys, &values, &bounds](int depth, json::parse_event_t event,
                                                                         json& value) {
            if (depth > kMaxJsonDepth)
                throw JsonInputError(makeError(ErrorKind::Invalid, "",
                                               "nests deeper than " + std::to_string(kMaxJsonDepth) + " levels"));
            if ((event == json::parse_event_t::value || event == json::parse_event_t::object_start ||
                 event == json::parse_event_t::array_start) &&
                ++values > bounds.maxValues)
                throw JsonInputError(makeError(ErrorKind::Invalid, "",
                                               "holds more than " + std::to_string(bounds.maxValues) +
                                                   " values, more than any Trame file"));
            if (event == json::parse_event_t::object_start) {
                keys.emplace_back();
            } else if (event == json::parse_event_t::object_end) {
                if (!keys.empty())
                    keys.pop_back();
            } else if (event == json::parse_event_t::key && !keys.empty()) {
                const std::string key = value.get<std::string>();
                if (!keys.back().insert(key).second)
                    throw JsonInputError(makeError(ErrorKind::Invalid, "",
                                                   "gives the key \"" + shortened(key) + "\" twice in one object"));
            }
            return true;
        };
        parsed = json::parse(text, strict);
    } catch (const JsonInputError& e) {
        Error error = e.error();
        error.path = path;
        return error;
    } catch (const json::parse_error& e) {
        std::string what = e.what();
        if (what.find("UTF-8") != std::string::npos || what.find("utf-8") != std::string::npos)
            return makeError(ErrorKind::Invalid, path, "is not valid UTF-8 (byte " + std::to_string(e.byte) + ")");
        return makeError(ErrorKind::Invalid, path, "is not valid JSON: " + shortened(what));
    } catch (const json::out_of_range&) {
        return makeError(ErrorKind::Invalid, path, "holds a number too large to be read");
    } catch (const json::exception& e) {
        return makeError(ErrorKind::Invalid, path, "cannot be read: " + shortened(e.what()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorKind::Invalid, path, "is too large to be read in the memory available");
    }
    try {
        return read(JsonReader(parsed, path));
    } catch (const JsonInputError& e) {
        return e.error();
    } catch (const json::exception& e) {
        return makeError(ErrorKind::Invalid, path, "cannot be read: " + shortened(e.what()));
    }
}

} // namespace

Result<Document> parseDocument(std::string_view text, const std::vector<InterviewTemplate>& knownTemplates,
                               const ReadLimits& bounds)
{
    return readText<Document>(
        text, "",
        [&](const JsonReader& in) -> Result<Document> {
            if (!in.raw().is_object())
                in.fail("expected a trame/1 document (a JSON object with \"format\": \"trame/1\")");
            if (!in.has("format"))
                in.fail("is not a Trame file: the \"format\" field is missing");
            const std::string format = in.at("format").string(limits::kShort);
            if (format != Document::kFormat) {
                if (format.rfind("trame/", 0) == 0)
                    in.at("format").fail("'" + format + "' is a format this Trame cannot read (it reads " +
                                         Document::kFormat + "); update Trame");
                in.at("format").fail("'" + format + "' is not a Trame format (expected " + Document::kFormat + ")");
            }
            in.expectObject({"format", "beneficiaries", "references"});
            Document doc;
            if (in.has("beneficiaries"))
                for (const JsonReader& b : in.at("beneficiaries").items(10'000'000))
                    doc.beneficiaries.push_back(readBeneficiary(b));
            if (in.has("references"))
                doc.references = readReferences(in.at("references"));
            checkIdentities(doc, knownTemplates);
            return doc;
        },
        bounds);
}

Result<ReferenceCase> parseReferenceCase(std::string_view text, const std::string& path)
{
    return readText<ReferenceCase>(text, path, [](const JsonReader& in) { return readReferenceCase(in); });
}

Result<std::vector<CatalogueEntry>> parseCatalogue(std::string_view text, const std::string& path)
{
    return readText<std::vector<CatalogueEntry>>(text, path, [](const JsonReader& in) {
        std::vector<CatalogueEntry> entries;
        for (const JsonReader& e : in.items(limits::kListItems * 4))
            entries.push_back(readCatalogueEntry(e));
        return entries;
    });
}

Result<CatalogueEntry> parseCatalogueEntry(std::string_view text, const std::string& path)
{
    return readText<CatalogueEntry>(text, path, [](const JsonReader& in) { return readCatalogueEntry(in); });
}

Result<InterviewTemplate> parseTemplate(std::string_view text, const std::string& path)
{
    return readText<InterviewTemplate>(text, path, [](const JsonReader& in) { return readTemplate(in); });
}

} // namespace trame
