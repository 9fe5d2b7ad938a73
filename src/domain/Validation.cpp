#include "domain/Validation.h"

#include "domain/Account.h"
#include "domain/Text.h"

#include <set>

namespace trame {

namespace {

// Collects nothing: the first broken rule throws, and the public functions return it.
struct RuleBroken {
    Error error;
};

[[noreturn]] void broken(const std::string& path, const std::string& message)
{
    throw RuleBroken{Error{ErrorKind::Invalid, path, message}};
}

// One of the rules the program words in the person's language (RuleText.h).
[[noreturn]] void broken(const std::string& path, const rules::Broken& rule)
{
    throw RuleBroken{ruleError(path, rule)};
}

std::string field(const std::string& path, const std::string& name)
{
    return path.empty() ? name : path + "." + name;
}

std::string index(const std::string& path, std::size_t i)
{
    return path + "[" + std::to_string(i) + "]";
}

void text(const std::string& path, const std::string& value, std::size_t max, bool multiline = true,
          bool required = false)
{
    if (required && value.find_first_not_of(" \t\r\n") == std::string::npos)
        broken(path, rules::Broken{rules::kRequired, {}});
    if (auto problem = textRule(value, max, multiline))
        broken(path, *problem);
}

void listSize(const std::string& path, std::size_t size)
{
    if (size > limits::kListItems)
        broken(path, rules::Broken{rules::kTooManyEntries, {std::to_string(size), std::to_string(limits::kListItems)}});
}

void key(const std::string& path, const std::string& value, bool required)
{
    if (value.empty() && !required)
        return;
    if (value.empty())
        broken(path, rules::Broken{rules::kRequired, {}});
    if (!isKey(value))
        broken(path, "'" + value + "' is not a key (lowercase letters, digits and _)");
}

void rhythm(const std::string& path, const FollowUpRhythm& r)
{
    if (r.interval.count < 1 || r.interval.count > 366)
        broken(field(path, "every.count"), rules::Broken{rules::kIntervalOutside, {std::to_string(r.interval.count)}});
    text(field(path, "after_event"), r.afterEvent, limits::kShort, false);
    text(field(path, "label"), r.label, limits::kShort, false);
}

template <typename Fn> Status run(Fn&& body)
{
    try {
        body();
        return Ok{};
    } catch (const RuleBroken& e) {
        return e.error;
    }
}

void checkCaseFile(const CaseFile& c, const std::string& path)
{
    text(field(path, "problem_statement"), c.problemStatement, limits::kMedium);
    text(field(path, "situation"), c.situation, limits::kLong);

    listSize(field(path, "obstacles"), c.obstacles.size());
    std::set<std::int64_t> obstacleIds;
    for (std::size_t i = 0; i < c.obstacles.size(); ++i) {
        const Obstacle& o = c.obstacles[i];
        const std::string at = index(field(path, "obstacles"), i);
        if (o.id < 0 || (o.id != 0 && !obstacleIds.insert(o.id).second))
            broken(field(at, "id"), std::to_string(o.id) + " is used twice");
        text(field(at, "description"), o.description, limits::kMedium, true, true);
        if (o.liftedOn && o.status != ObstacleStatus::Lifted)
            broken(field(at, "lifted_on"), rules::Broken{rules::kLiftedNotLifted, {}});
        if (o.liftedOn && o.identifiedOn && *o.liftedOn < *o.identifiedOn)
            broken(field(at, "lifted_on"),
                   rules::Broken{rules::kLiftedBeforeIdentified, {o.liftedOn->toString(), o.identifiedOn->toString()}});
    }

    listSize(field(path, "attitude"), c.attitude.size());
    for (std::size_t i = 0; i < c.attitude.size(); ++i) {
        const PostureItem& p = c.attitude[i];
        const std::string at = index(field(path, "attitude"), i);
        key(field(at, "technique"), p.technique, false);
        text(field(at, "label"), p.label, limits::kShort, false, true);
        text(field(at, "guidance"), p.guidance, limits::kMedium);
        text(field(at, "example_phrase"), p.examplePhrase, limits::kMedium);
    }

    listSize(field(path, "tools"), c.tools.size());
    for (std::size_t i = 0; i < c.tools.size(); ++i) {
        const std::string at = index(field(path, "tools"), i);
        key(field(at, "tool"), c.tools[i].tool, false);
        text(field(at, "label"), c.tools[i].label, limits::kShort, false, true);
        text(field(at, "details"), c.tools[i].details, limits::kMedium);
    }

    listSize(field(path, "referrals"), c.referrals.size());
    for (std::size_t i = 0; i < c.referrals.size(); ++i) {
        const std::string at = index(field(path, "referrals"), i);
        const Referral& r = c.referrals[i];
        key(field(at, "partner"), r.partner, r.partnerName.empty());
        text(field(at, "partner_name"), r.partnerName, limits::kShort, false, false);
        if (!r.partner.empty() && !r.partnerName.empty())
            broken(field(at, "partner_name"), "is set beside a catalogue partner");
        text(field(at, "purpose"), c.referrals[i].purpose, limits::kMedium);
    }

    listSize(field(path, "plan"), c.plan.size());
    std::set<std::int64_t> stepIds;
    for (std::size_t i = 0; i < c.plan.size(); ++i) {
        const PlanStep& s = c.plan[i];
        const std::string at = index(field(path, "plan"), i);
        if (s.id < 0 || (s.id != 0 && !stepIds.insert(s.id).second))
            broken(field(at, "id"), std::to_string(s.id) + " is used twice");
        text(field(at, "title"), s.title, limits::kShort, false, true);
        text(field(at, "details"), s.details, limits::kMedium);
        key(field(at, "partner"), s.partner, false);
        text(field(at, "partner_name"), s.partnerName, limits::kShort, false, false);
        if (!s.partner.empty() && !s.partnerName.empty())
            broken(field(at, "partner_name"), "is set beside a catalogue partner");
        if (s.obstacleId && !c.findObstacle(*s.obstacleId))
            broken(field(at, "obstacle"),
                   std::to_string(*s.obstacleId) + " is not the id of an obstacle of this case file");
    }

    listSize(field(path, "indicators"), c.indicators.size());
    for (std::size_t i = 0; i < c.indicators.size(); ++i) {
        const Indicator& ind = c.indicators[i];
        const std::string at = index(field(path, "indicators"), i);
        text(field(at, "label"), ind.label, limits::kShort, false, true);
        text(field(at, "target"), ind.target, limits::kMedium);
        text(field(at, "evaluation"), ind.evaluation, limits::kMedium);
        text(field(at, "evidence"), ind.evidence, limits::kMedium);
    }

    listSize(field(path, "admin_advice"), c.adminAdvice.size());
    for (std::size_t i = 0; i < c.adminAdvice.size(); ++i)
        text(index(field(path, "admin_advice"), i), c.adminAdvice[i], limits::kMedium, true, true);
    if (c.rhythm)
        rhythm(field(path, "rhythm"), *c.rhythm);
}

void checkTemplateItems(const std::vector<TemplateItem>& items, const std::string& path, std::set<std::string>& keys)
{
    listSize(path, items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string at = index(path, i);
        key(field(at, "key"), items[i].key, true);
        if (!keys.insert(items[i].key).second)
            broken(field(at, "key"), "'" + items[i].key + "' is used twice in the template");
        text(field(at, "label"), items[i].label, limits::kShort, false, true);
        checkTemplateItems(items[i].children, field(at, "children"), keys);
    }
}

} // namespace

Status validate(const Beneficiary& b, const std::string& path)
{
    return run([&] {
        if (b.id < 0)
            broken(field(path, "id"), std::to_string(b.id) + " is not a valid id");
        text(field(path, "first_name"), b.firstName, limits::kName, false, true);
        text(field(path, "last_name"), b.lastName, limits::kName, false, true);
        text(field(path, "phone"), b.phone, limits::kName, false);
        if (b.phone.find_first_not_of("0123456789 +.-()") != std::string::npos)
            broken(field(path, "phone"), rules::Broken{rules::kNotPhone, {b.phone}});
        text(field(path, "email"), b.email, limits::kShort, false);
        if (!b.email.empty() && (b.email.find('@') == std::string::npos || b.email.find(' ') != std::string::npos))
            broken(field(path, "email"), rules::Broken{rules::kNotEmail, {b.email}});
        text(field(path, "address"), b.address, limits::kMedium);
        text(field(path, "qualifications"), b.qualifications, limits::kLong);
        text(field(path, "experience"), b.experience, limits::kLong);
        listSize(field(path, "languages"), b.languages.size());
        for (std::size_t i = 0; i < b.languages.size(); ++i)
            text(index(field(path, "languages"), i), b.languages[i], limits::kShort, false, true);
        listSize(field(path, "resources"), b.resources.size());
        for (std::size_t i = 0; i < b.resources.size(); ++i)
            text(index(field(path, "resources"), i), b.resources[i], limits::kShort, false, true);
        text(field(path, "consent.legal_basis"), b.consent.legalBasis, limits::kShort, false);
        text(field(path, "consent.information"), b.consent.information, limits::kMedium);
        text(field(path, "counsellor"), b.counsellor, limits::kName, false);
        if (!b.counsellor.empty() && !validateLogin(b.counsellor))
            broken(field(path, "counsellor"),
                   "'" + b.counsellor + "' is not a login (" + validateLogin(b.counsellor).error().message + ")");
        if (b.birthDate && b.consent.date && *b.consent.date < *b.birthDate)
            broken(field(path, "consent.date"), rules::Broken{rules::kConsentBeforeBirth, {}});
    });
}

Status validate(const CaseFile& caseFile, const std::string& path)
{
    return run([&] { checkCaseFile(caseFile, path); });
}

Status validate(const Interview& interview, const std::string& path, const InterviewTemplate* usedTemplate)
{
    return run([&] {
        if (interview.templateVersion < 1)
            broken(field(path, "template_version"), "must be 1 or more");
        if (usedTemplate && usedTemplate->version != interview.templateVersion)
            broken(field(path, "template_version"), "does not match the template given");
        listSize(field(path, "entries"), interview.entries.size());
        std::set<std::string> keys;
        for (std::size_t i = 0; i < interview.entries.size(); ++i) {
            const InterviewEntry& e = interview.entries[i];
            const std::string at = index(field(path, "entries"), i);
            key(field(at, "item"), e.itemKey, true);
            if (!keys.insert(e.itemKey).second)
                broken(field(at, "item"), "'" + e.itemKey + "' appears twice");
            if (usedTemplate && !usedTemplate->find(e.itemKey))
                broken(field(at, "item"), "'" + e.itemKey + "' is not an item of template version " +
                                              std::to_string(usedTemplate->version));
            text(field(at, "note"), e.note, limits::kLong);
        }
        text(field(path, "self_assessment"), interview.selfAssessment, limits::kLong);
        if (interview.nextAppointment && *interview.nextAppointment < interview.heldOn)
            broken(field(path, "next_appointment"),
                   rules::Broken{rules::kNextBeforeInterview, {interview.nextAppointment->toString()}});
    });
}

Status validate(const ReferenceCase& r, const std::string& path)
{
    return run([&] {
        if (r.number < 1 || r.number > 99)
            broken(field(path, "number"), std::to_string(r.number) + " is outside 1..99");
        text(field(path, "title"), r.title, limits::kShort, false, true);
        text(field(path, "title_in_guide"), r.titleInGuide, limits::kShort, false, true);
        text(field(path, "name"), r.name, limits::kName, false, true);
        if (r.age && (*r.age < 14 || *r.age > 99))
            broken(field(path, "age"), std::to_string(*r.age) + " is outside 14..99");
        checkCaseFile(r.content, path);
        text(field(path, "indicators_note"), r.indicatorsNote, limits::kMedium);
        if (r.content.indicators.empty() && r.indicatorsNote.empty())
            broken(field(path, "indicators_note"), "must say why there is no indicator");
        text(field(path, "source"), r.source, limits::kShort, false, true);
        for (std::size_t i = 0; i < r.notes.size(); ++i)
            text(index(field(path, "notes"), i), r.notes[i], limits::kMedium, true, true);
    });
}

Status validate(const CatalogueEntry& e, const std::string& path)
{
    return run([&] {
        key(field(path, "key"), e.key, true);
        text(field(path, "label"), e.label, limits::kShort, false, true);
        text(field(path, "description"), e.description, limits::kMedium);
        for (std::size_t i = 0; i < e.referenceCases.size(); ++i)
            if (e.referenceCases[i] < 1 || e.referenceCases[i] > 99)
                broken(index(field(path, "reference_cases"), i), "is not a case number");
        for (const auto& [referential, code] : e.codes) {
            key(field(path, "codes"), referential, true);
            text(field(path, "codes." + referential), code, limits::kShort, false, true);
        }
    });
}

Status validate(const InterviewTemplate& t, const std::string& path)
{
    return run([&] {
        if (t.version < 1)
            broken(field(path, "version"), "must be 1 or more");
        text(field(path, "title"), t.title, limits::kShort, false, true);
        text(field(path, "instructions"), t.instructions, limits::kMedium);
        std::set<std::string> keys;
        checkTemplateItems(t.items, field(path, "items"), keys);
    });
}

} // namespace trame
