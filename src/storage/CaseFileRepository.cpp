#include "storage/CaseFileRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <nlohmann/json.hpp>

namespace trame::storage {

namespace {

std::optional<std::string> rhythmColumn(const std::optional<FollowUpRhythm>& rhythm)
{
    if (!rhythm)
        return std::nullopt;
    return nlohmann::json{{"kind", toString(rhythm->kind)},
                          {"count", rhythm->interval.count},
                          {"unit", toString(rhythm->interval.unit)},
                          {"after_event", rhythm->afterEvent},
                          {"label", rhythm->label}}
        .dump();
}

std::optional<std::int64_t> idOrNull(std::int64_t id)
{
    return id != 0 ? std::optional<std::int64_t>(id) : std::nullopt;
}

} // namespace

// The first item whose given id is already used in the file, as an error naming it.
std::optional<Error> takenId(const Database& db, const char* table, const char* field,
                             const std::vector<std::int64_t>& ids)
{
    const auto sLease = db.cached(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
    Statement& s = *sLease;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i] == 0)
            continue;
        s.reset();
        s.bind(1, ids[i]);
        if (s.step())
            return makeError(ErrorKind::Conflict, std::string(field) + "[" + std::to_string(i) + "].id",
                             std::to_string(ids[i]) + " already exists in this database");
    }
    return std::nullopt;
}

Result<std::int64_t> CaseFileRepository::insert(CaseFile& c)
{
    return guarded([&]() -> Result<std::int64_t> {
        std::vector<std::int64_t> obstacleIds, stepIds;
        for (const Obstacle& o : c.obstacles)
            obstacleIds.push_back(o.id);
        for (const PlanStep& s : c.plan)
            stepIds.push_back(s.id);
        if (auto taken = takenId(m_db, "obstacles", "obstacles", obstacleIds))
            return *taken;
        if (auto taken = takenId(m_db, "plan_steps", "plan", stepIds))
            return *taken;
        Transaction transaction(m_db);
        (*m_db.cached("INSERT INTO case_files (beneficiary_id, problem_statement, situation, "
                      "admin_advice, rhythm,"
                      " review_state, updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1)"))
            .bindAll(c.beneficiaryId, c.problemStatement, c.situation, columns::stringList(c.adminAdvice),
                     rhythmColumn(c.rhythm), columns::enumeration(c.reviewState), c.updatedAt)
            .run();
        writeItems(c, kAllLists);
        transaction.commit();
        c.version = 1;
        return c.version;
    });
}

unsigned CaseFileRepository::changedLists(const CaseFile& c, const CaseFile* previous)
{
    if (!previous || previous->beneficiaryId != c.beneficiaryId || previous->version != c.version)
        return kAllLists;
    unsigned lists = 0;
    lists |= c.obstacles != previous->obstacles ? kObstacles : 0u;
    lists |= c.attitude != previous->attitude ? kAttitude : 0u;
    lists |= c.tools != previous->tools ? kTools : 0u;
    lists |= c.referrals != previous->referrals ? kReferrals : 0u;
    lists |= c.plan != previous->plan ? kPlan : 0u;
    lists |= c.indicators != previous->indicators ? kIndicators : 0u;
    return lists;
}

Result<std::int64_t> CaseFileRepository::save(CaseFile& c, const CaseFile* previous)
{
    const unsigned lists = changedLists(c, previous);
    return guarded([&]() -> Result<std::int64_t> {
        Transaction transaction(m_db);
        // The review state belongs to the review workflow (ReviewRepository), not to the editor:
        // a save never overwrites a supervisor's decision with the state the editor loaded.
        (*m_db.cached("UPDATE case_files SET problem_statement = ?2, situation = ?3, admin_advice = ?4,"
                      " rhythm = ?5, updated_at = ?6, version = version + 1"
                      " WHERE beneficiary_id = ?1 AND version = ?7"))
            .bindAll(c.beneficiaryId, c.problemStatement, c.situation, columns::stringList(c.adminAdvice),
                     rhythmColumn(c.rhythm), c.updatedAt, c.version)
            .run();
        if (m_db.changes() == 0) {
            const auto existsLease = m_db.cached("SELECT version FROM case_files WHERE beneficiary_id = ?1");
            Statement& exists = *existsLease;
            exists.bind(1, c.beneficiaryId);
            if (!exists.step())
                return makeError(ErrorKind::NotFound, {},
                                 "the case file of beneficiary " + std::to_string(c.beneficiaryId) + " does not exist");
            return makeError(ErrorKind::Conflict, {},
                             "the case file was saved elsewhere meanwhile (version " +
                                 std::to_string(exists.integer(0)) + ", this one started from version " +
                                 std::to_string(c.version) + ")");
        }
        deleteItems(c.beneficiaryId, lists);
        writeItems(c, lists);
        transaction.commit();
        return ++c.version;
    });
}

void CaseFileRepository::deleteItems(std::int64_t id, unsigned lists) const
{
    // Plan steps first: they refer to obstacles (checked at commit, so that kept ids stay valid).
    const std::pair<unsigned, const char*> tables[] = {{kPlan, "plan_steps"},        {kObstacles, "obstacles"},
                                                       {kAttitude, "posture_items"}, {kTools, "tool_uses"},
                                                       {kReferrals, "referrals"},    {kIndicators, "indicators"}};
    for (const auto& [list, table] : tables)
        if (lists & list)
            (*m_db.cached(std::string("DELETE FROM ") + table + " WHERE beneficiary_id = ?1")).bind(1, id).run();
}

void CaseFileRepository::writeItems(CaseFile& c, unsigned lists) const
{
    const std::int64_t id = c.beneficiaryId;
    if (lists & kObstacles) {
        const auto obstacleLease = m_db.cached("INSERT INTO obstacles (id, beneficiary_id, position, category, "
                                               "description, status, identified_on, lifted_on)"
                                               " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id");
        Statement& obstacle = *obstacleLease;
        for (std::size_t i = 0; i < c.obstacles.size(); ++i) {
            Obstacle& o = c.obstacles[i];
            obstacle.reset();
            obstacle.bindAll(idOrNull(o.id), id, static_cast<std::int64_t>(i), columns::enumeration(o.category),
                             o.description, columns::enumeration(o.status), columns::date(o.identifiedOn),
                             columns::date(o.liftedOn));
            o.id = obstacle.returnedId();
        }
    }
    if (lists & kAttitude) {
        const auto postureLease = m_db.cached("INSERT INTO posture_items (beneficiary_id, position, technique, label,"
                                              " guidance, example_phrase) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Statement& posture = *postureLease;
        for (std::size_t i = 0; i < c.attitude.size(); ++i) {
            const PostureItem& p = c.attitude[i];
            posture.reset();
            posture.bindAll(id, static_cast<std::int64_t>(i), p.technique, p.label, p.guidance, p.examplePhrase);
            posture.run();
        }
    }
    if (lists & kTools) {
        const auto toolLease = m_db.cached("INSERT INTO tool_uses (beneficiary_id, position, tool, label, details)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5)");
        Statement& tool = *toolLease;
        for (std::size_t i = 0; i < c.tools.size(); ++i) {
            tool.reset();
            tool.bindAll(id, static_cast<std::int64_t>(i), c.tools[i].tool, c.tools[i].label, c.tools[i].details);
            tool.run();
        }
    }
    if (lists & kReferrals) {
        const auto referralLease =
            m_db.cached("INSERT INTO referrals (beneficiary_id, position, partner, purpose, status, partner_name)"
                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        Statement& referral = *referralLease;
        for (std::size_t i = 0; i < c.referrals.size(); ++i) {
            referral.reset();
            referral.bindAll(id, static_cast<std::int64_t>(i), c.referrals[i].partner, c.referrals[i].purpose,
                             columns::enumeration(c.referrals[i].status), c.referrals[i].partnerName);
            referral.run();
        }
    }
    if (lists & kPlan) {
        const auto stepLease = m_db.cached("INSERT INTO plan_steps (id, beneficiary_id, position, "
                                           "title, details, due_date, status, partner, obstacle_id, partner_name)"
                                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id");
        Statement& step = *stepLease;
        for (std::size_t i = 0; i < c.plan.size(); ++i) {
            PlanStep& s = c.plan[i];
            step.reset();
            step.bindAll(idOrNull(s.id), id, static_cast<std::int64_t>(i), s.title, s.details, columns::date(s.dueDate),
                         columns::enumeration(s.status), s.partner, s.obstacleId, s.partnerName);
            s.id = step.returnedId();
        }
    }
    if (lists & kIndicators) {
        const auto indicatorLease =
            m_db.cached("INSERT INTO indicators (beneficiary_id, position, label, target, evaluation,"
                        " evaluated_on, evidence) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        Statement& indicator = *indicatorLease;
        for (std::size_t i = 0; i < c.indicators.size(); ++i) {
            const Indicator& ind = c.indicators[i];
            indicator.reset();
            indicator.bindAll(id, static_cast<std::int64_t>(i), ind.label, ind.target, ind.evaluation,
                              columns::date(ind.evaluatedOn), ind.evidence);
            indicator.run();
        }
    }
}

Result<CaseFile> CaseFileRepository::load(std::int64_t id) const
{
    return guarded([&]() -> Result<CaseFile> {
        const auto headLease = m_db.cached("SELECT problem_statement, situation, admin_advice, rhythm, review_state,"
                                           " updated_at, version FROM case_files WHERE beneficiary_id = ?1");
        Statement& head = *headLease;
        head.bind(1, id);
        if (!head.step())
            return makeError(ErrorKind::NotFound, {},
                             "the case file of beneficiary " + std::to_string(id) + " does not exist");
        CaseFile c;
        c.beneficiaryId = id;
        c.problemStatement = head.text(0);
        c.situation = head.text(1);
        c.adminAdvice = columns::stringList(head, 2);
        c.rhythm = columns::rhythm(head, 3);
        c.reviewState = columns::enumeration<ReviewState>(head, 4);
        c.updatedAt = columns::timestamp(head, 5);
        c.version = head.integer(6);

        const auto oLease = m_db.cached("SELECT id, category, description, status, identified_on, lifted_on"
                                        " FROM obstacles WHERE beneficiary_id = ?1 ORDER BY position");
        Statement& o = *oLease;
        o.bind(1, id);
        while (o.step())
            c.obstacles.push_back({o.integer(0), columns::enumeration<ObstacleCategory>(o, 1), o.text(2),
                                   columns::enumeration<ObstacleStatus>(o, 3), columns::date(o, 4),
                                   columns::date(o, 5)});
        const auto pLease = m_db.cached("SELECT technique, label, guidance, example_phrase FROM posture_items"
                                        " WHERE beneficiary_id = ?1 ORDER BY position");
        Statement& p = *pLease;
        p.bind(1, id);
        while (p.step())
            c.attitude.push_back({p.text(0), p.text(1), p.text(2), p.text(3)});
        const auto tLease = m_db.cached("SELECT tool, label, details FROM tool_uses WHERE "
                                        "beneficiary_id = ?1 ORDER BY position");
        Statement& t = *tLease;
        t.bind(1, id);
        while (t.step())
            c.tools.push_back({t.text(0), t.text(1), t.text(2)});
        const auto rLease = m_db.cached("SELECT partner, purpose, status, partner_name FROM referrals WHERE "
                                        "beneficiary_id = ?1 ORDER BY position");
        Statement& r = *rLease;
        r.bind(1, id);
        while (r.step())
            c.referrals.push_back({r.text(0), r.text(3), r.text(1), columns::enumeration<ReferralStatus>(r, 2)});
        const auto sLease =
            m_db.cached("SELECT id, title, details, due_date, status, partner, obstacle_id, partner_name"
                        " FROM plan_steps WHERE beneficiary_id = ?1 ORDER BY position");
        Statement& s = *sLease;
        s.bind(1, id);
        while (s.step())
            c.plan.push_back({s.integer(0), s.text(1), s.text(2), columns::date(s, 3),
                              columns::enumeration<StepStatus>(s, 4), s.text(5), s.text(7), s.optionalInteger(6)});
        const auto iLease = m_db.cached("SELECT label, target, evaluation, evaluated_on, evidence FROM indicators"
                                        " WHERE beneficiary_id = ?1 ORDER BY position");
        Statement& i = *iLease;
        i.bind(1, id);
        while (i.step())
            c.indicators.push_back({i.text(0), i.text(1), i.text(2), columns::date(i, 3), i.text(4)});
        return c;
    });
}

} // namespace trame::storage
