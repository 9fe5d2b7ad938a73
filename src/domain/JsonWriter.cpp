// The "trame/1" JSON format, writing: canonical (fixed field order, 2-space indent, final
// newline), so that equal data always gives identical bytes.
#include "domain/AppointmentJson.h"
#include "domain/Document.h"
#include "domain/PeriodJson.h"

#include <nlohmann/json.hpp>

namespace trame {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

namespace {

ordered optionalDate(const std::optional<Date>& date)
{
    return date ? ordered(date->toString()) : ordered(nullptr);
}

template <typename E> ordered name(E value)
{
    return std::string(toString(value));
}

ordered write(const FollowUpRhythm& r)
{
    return ordered{{"kind", name(r.kind)},
                   {"every", {{"count", r.interval.count}, {"unit", name(r.interval.unit)}}},
                   {"after_event", r.afterEvent},
                   {"label", r.label}};
}

ordered writeFrame(const CaseFile& c, bool withStatuses)
{
    ordered j = ordered::object();
    j["problem_statement"] = c.problemStatement;
    j["situation"] = c.situation;
    j["obstacles"] = ordered::array();
    for (const Obstacle& o : c.obstacles) {
        ordered item{{"id", o.id}, {"category", name(o.category)}, {"description", o.description}};
        if (withStatuses) {
            item["status"] = name(o.status);
            item["identified_on"] = optionalDate(o.identifiedOn);
            item["lifted_on"] = optionalDate(o.liftedOn);
        }
        j["obstacles"].push_back(item);
    }
    j["attitude"] = ordered::array();
    for (const PostureItem& p : c.attitude)
        j["attitude"].push_back({{"technique", p.technique},
                                 {"label", p.label},
                                 {"guidance", p.guidance},
                                 {"example_phrase", p.examplePhrase}});
    j["tools"] = ordered::array();
    for (const ToolUse& t : c.tools)
        j["tools"].push_back({{"tool", t.tool}, {"label", t.label}, {"details", t.details}});
    j["referrals"] = ordered::array();
    for (const Referral& r : c.referrals) {
        ordered item{{"partner", r.partner}};
        if (!r.partnerName.empty())
            item["partner_name"] = r.partnerName;
        item["purpose"] = r.purpose;
        if (withStatuses)
            item["status"] = name(r.status);
        j["referrals"].push_back(item);
    }
    j["plan"] = ordered::array();
    for (const PlanStep& s : c.plan) {
        ordered item{{"id", s.id}, {"title", s.title}, {"details", s.details}};
        if (withStatuses) {
            item["due_date"] = optionalDate(s.dueDate);
            item["status"] = name(s.status);
        }
        item["partner"] = s.partner;
        if (!s.partnerName.empty())
            item["partner_name"] = s.partnerName;
        item["obstacle"] = s.obstacleId ? ordered(*s.obstacleId) : ordered(nullptr);
        j["plan"].push_back(item);
    }
    j["indicators"] = ordered::array();
    for (const Indicator& i : c.indicators) {
        ordered item{{"label", i.label}};
        if (withStatuses) {
            item["target"] = i.target;
            item["evaluation"] = i.evaluation;
            item["evaluated_on"] = optionalDate(i.evaluatedOn);
            item["evidence"] = i.evidence;
        }
        j["indicators"].push_back(item);
    }
    j["admin_advice"] = c.adminAdvice;
    j["rhythm"] = c.rhythm ? write(*c.rhythm) : ordered(nullptr);
    if (withStatuses) {
        j["review_state"] = name(c.reviewState);
        j["updated_at"] = c.updatedAt ? c.updatedAt->toString() : std::string();
    }
    return j;
}

ordered write(const Interview& i)
{
    ordered entries = ordered::array();
    for (const InterviewEntry& e : i.entries)
        entries.push_back({{"item", e.itemKey}, {"status", name(e.status)}, {"note", e.note}});
    return ordered{{"id", i.id},
                   {"held_on", i.heldOn.toString()},
                   {"template_version", i.templateVersion},
                   {"entries", entries},
                   {"self_assessment", i.selfAssessment},
                   {"next_appointment", optionalDate(i.nextAppointment)}};
}

ordered write(const BeneficiaryRecord& r)
{
    const Beneficiary& b = r.person;
    ordered j{{"id", b.id},
              {"civility", name(b.civility)},
              {"first_name", b.firstName},
              {"last_name", b.lastName},
              {"birth_date", optionalDate(b.birthDate)},
              {"phone", b.phone},
              {"email", b.email},
              {"address", b.address},
              {"qualifications", b.qualifications},
              {"experience", b.experience},
              {"languages", b.languages},
              {"resources", b.resources},
              {"consent",
               {{"date", optionalDate(b.consent.date)},
                {"legal_basis", b.consent.legalBasis},
                {"information", b.consent.information}}},
              {"counsellor", b.counsellor},
              {"status", name(b.status)},
              {"created_at", b.createdAt ? b.createdAt->toString() : std::string()},
              {"updated_at", b.updatedAt ? b.updatedAt->toString() : std::string()}};
    j["case_file"] = writeFrame(r.caseFile, true);
    j["interviews"] = ordered::array();
    for (const Interview& i : r.interviews)
        j["interviews"].push_back(write(i));
    j["periods"] = ordered::array();
    for (const SupportPeriod& p : r.periods)
        j["periods"].push_back(periodjson::write(p));
    j["appointments"] = ordered::array();
    for (const Appointment& a : r.appointments)
        j["appointments"].push_back(appointmentjson::write(a));
    return j;
}

ordered write(const ReferenceCase& r)
{
    ordered j{{"number", r.number},           {"title", r.title}, {"title_in_guide", r.titleInGuide},
              {"civility", name(r.civility)}, {"name", r.name},   {"age", r.age ? ordered(*r.age) : ordered(nullptr)}};
    const ordered frame = writeFrame(r.content, false);
    for (const auto& [key, value] : frame.items())
        j[key] = value;
    j["indicators_note"] = r.indicatorsNote;
    j["source"] = r.source;
    j["notes"] = r.notes;
    return j;
}

ordered write(const CatalogueEntry& e)
{
    ordered codes = ordered::object();
    for (const auto& [referential, code] : e.codes)
        codes[referential] = code;
    return ordered{{"kind", name(e.kind)},
                   {"key", e.key},
                   {"label", e.label},
                   {"description", e.description},
                   {"reference_cases", e.referenceCases},
                   {"codes", codes}};
}

ordered write(const TemplateItem& item)
{
    ordered j{{"key", item.key}, {"label", item.label}};
    if (!item.children.empty()) {
        j["children"] = ordered::array();
        for (const TemplateItem& child : item.children)
            j["children"].push_back(write(child));
    }
    return j;
}

ordered write(const InterviewTemplate& t)
{
    ordered items = ordered::array();
    for (const TemplateItem& item : t.items)
        items.push_back(write(item));
    return ordered{{"version", t.version}, {"title", t.title}, {"instructions", t.instructions}, {"items", items}};
}

std::string dump(const ordered& j)
{
    return j.dump(2, ' ', false, json::error_handler_t::strict) + "\n";
}

} // namespace

// Written one beneficiary at a time, so that a large export never holds the whole file as a JSON
// tree: the bytes are exactly those of dumping the whole tree with an indent of 2.
std::string serializeDocument(const Document& doc)
{
    const auto nested = [](const ordered& value, const char* indent) {
        std::string text = value.dump(2, ' ', false, json::error_handler_t::strict);
        std::string out;
        out.reserve(text.size() + text.size() / 16);
        for (const char c : text) {
            out += c;
            if (c == '\n') // JSON strings hold no raw line break: every one is layout
                out += indent;
        }
        return out;
    };
    std::string out = std::string("{\n  \"format\": \"") + Document::kFormat + "\",\n  \"beneficiaries\": [";
    for (std::size_t i = 0; i < doc.beneficiaries.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        out += nested(write(doc.beneficiaries[i]), "    ");
    }
    out += doc.beneficiaries.empty() ? "]" : "\n  ]";
    if (doc.references) {
        ordered refs{{"seed_version", doc.references->seedVersion}};
        refs["cases"] = ordered::array();
        for (const ReferenceCase& c : doc.references->cases)
            refs["cases"].push_back(write(c));
        refs["catalogue"] = ordered::array();
        for (const CatalogueEntry& e : doc.references->catalogue)
            refs["catalogue"].push_back(write(e));
        refs["templates"] = ordered::array();
        for (const InterviewTemplate& t : doc.references->templates)
            refs["templates"].push_back(write(t));
        out += ",\n  \"references\": " + nested(refs, "  ");
    }
    out += "\n}\n";
    return out;
}

std::string serializeReferenceCase(const ReferenceCase& reference)
{
    return dump(write(reference));
}

std::string serializeTemplate(const InterviewTemplate& interviewTemplate)
{
    return dump(write(interviewTemplate));
}

std::string serializeCatalogueEntry(const CatalogueEntry& entry)
{
    return dump(write(entry));
}

} // namespace trame
