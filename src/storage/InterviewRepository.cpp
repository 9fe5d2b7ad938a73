#include "storage/InterviewRepository.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <map>

namespace trame::storage {

namespace {

const char* const kSelect = "SELECT id, beneficiary_id, held_on, template_version, self_assessment,"
                            " next_appointment, version FROM interviews";

Interview readHead(const Statement& row)
{
    Interview i;
    i.id = row.integer(0);
    i.beneficiaryId = row.integer(1);
    const auto held = columns::date(row, 2);
    if (!held)
        throw StorageError(Error{ErrorKind::Corrupt, {}, "an interview has no date"});
    i.heldOn = *held;
    i.templateVersion = static_cast<int>(row.integer(3));
    i.selfAssessment = row.text(4);
    i.nextAppointment = columns::date(row, 5);
    i.version = row.integer(6);
    return i;
}

void readEntries(const Database& db, Interview& interview)
{
    const auto sLease = db.cached("SELECT item_key, status, note FROM interview_entries WHERE interview_id = ?1"
                                  " ORDER BY rowid");
    Statement& s = *sLease;
    s.bind(1, interview.id);
    while (s.step())
        interview.entries.push_back({s.text(0), columns::enumeration<ItemStatus>(s, 1), s.text(2)});
}

std::string missing(std::int64_t id)
{
    return "interview " + std::to_string(id) + " does not exist";
}

} // namespace

void InterviewRepository::writeEntries(const Interview& interview) const
{
    (*m_db.cached("DELETE FROM interview_entries WHERE interview_id = ?1")).bind(1, interview.id).run();
    const auto entryLease = m_db.cached("INSERT INTO interview_entries (interview_id, item_key, status, note)"
                                        " VALUES (?1, ?2, ?3, ?4)");
    Statement& entry = *entryLease;
    for (const InterviewEntry& e : interview.entries) {
        entry.reset();
        entry.bindAll(interview.id, e.itemKey, columns::enumeration(e.status), e.note).run();
    }
}

Result<std::int64_t> InterviewRepository::insert(Interview& i)
{
    return guarded([&]() -> Result<std::int64_t> {
        Transaction transaction(m_db);
        if (i.id != 0) {
            const auto takenLease = m_db.cached("SELECT 1 FROM interviews WHERE id = ?1");
            Statement& taken = *takenLease;
            taken.bind(1, i.id);
            if (taken.step())
                return makeError(ErrorKind::Conflict, "id", std::to_string(i.id) + " already exists in this database");
        }
        const auto sLease =
            m_db.cached("INSERT INTO interviews (id, beneficiary_id, held_on, template_version,"
                        " self_assessment, next_appointment, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1)"
                        " RETURNING id");
        Statement& s = *sLease;
        s.bindAll(i.id != 0 ? std::optional<std::int64_t>(i.id) : std::nullopt, i.beneficiaryId, i.heldOn.toString(),
                  i.templateVersion, i.selfAssessment, columns::date(i.nextAppointment));
        i.id = s.returnedId();
        i.version = 1;
        writeEntries(i);
        transaction.commit();
        return i.id;
    });
}

Result<std::int64_t> InterviewRepository::update(Interview& i)
{
    return guarded([&]() -> Result<std::int64_t> {
        Transaction transaction(m_db);
        (*m_db.cached("UPDATE interviews SET held_on = ?2, template_version = ?3, self_assessment = ?4,"
                      " next_appointment = ?5, version = version + 1"
                      " WHERE id = ?1 AND version = ?6 AND beneficiary_id = ?7"))
            .bindAll(i.id, i.heldOn.toString(), i.templateVersion, i.selfAssessment, columns::date(i.nextAppointment),
                     i.version, i.beneficiaryId)
            .run();
        if (m_db.changes() == 0) {
            // An interview of another person is reported as missing: it is not this person's.
            const auto existsLease = m_db.cached("SELECT 1 FROM interviews WHERE id = ?1 AND beneficiary_id = ?2");
            Statement& exists = *existsLease;
            exists.bindAll(i.id, i.beneficiaryId);
            if (!exists.step())
                return makeError(ErrorKind::NotFound, {}, missing(i.id));
            return makeError(ErrorKind::Conflict, {}, "the interview was saved elsewhere meanwhile");
        }
        writeEntries(i);
        transaction.commit();
        return ++i.version;
    });
}

Result<Interview> InterviewRepository::get(std::int64_t id) const
{
    return guarded([&]() -> Result<Interview> {
        const auto sLease = m_db.cached(std::string(kSelect) + " WHERE id = ?1");
        Statement& s = *sLease;
        s.bind(1, id);
        if (!s.step())
            return makeError(ErrorKind::NotFound, {}, missing(id));
        Interview i = readHead(s);
        readEntries(m_db, i);
        return i;
    });
}

Result<std::vector<Interview>> InterviewRepository::forBeneficiary(std::int64_t beneficiaryId) const
{
    return guarded([&]() -> Result<std::vector<Interview>> {
        const auto headsLease = m_db.cached(std::string(kSelect) + " WHERE beneficiary_id = ?1 ORDER BY held_on, id");
        Statement& heads = *headsLease;
        heads.bind(1, beneficiaryId);
        std::vector<Interview> all;
        std::map<std::int64_t, size_t> byId;
        while (heads.step()) {
            all.push_back(readHead(heads));
            byId[all.back().id] = all.size() - 1;
        }
        // Every entry of the person in one query, rather than one query per interview.
        const auto entriesLease = m_db.cached(
            "SELECT e.interview_id, e.item_key, e.status, e.note FROM interview_entries e"
            " JOIN interviews i ON i.id = e.interview_id WHERE i.beneficiary_id = ?1 ORDER BY e.interview_id, e.rowid");
        Statement& entries = *entriesLease;
        entries.bind(1, beneficiaryId);
        while (entries.step()) {
            const auto it = byId.find(entries.integer(0));
            if (it != byId.end())
                all[it->second].entries.push_back(
                    {entries.text(1), columns::enumeration<ItemStatus>(entries, 2), entries.text(3)});
        }
        return all;
    });
}

Status InterviewRepository::remove(std::int64_t id)
{
    return guarded([&]() -> Status {
        (*m_db.cached("DELETE FROM interviews WHERE id = ?1")).bind(1, id).run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, {}, missing(id));
        return Ok{};
    });
}

} // namespace trame::storage
