#include "storage/BeneficiaryRepository.h"

#include "domain/DueWork.h"

#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/SearchQuery.h"

#include <algorithm>

namespace trame::storage {

namespace {

const char* const kColumns =
    "id, civility, first_name, last_name, birth_date, phone, email, address, qualifications, experience, "
    "languages, resources, consent_date, consent_basis, consent_information, counsellor, status, "
    "created_at, updated_at, version";

Beneficiary readBeneficiary(const Statement& row)
{
    Beneficiary b;
    b.id = row.integer(0);
    b.civility = columns::enumeration<Civility>(row, 1);
    b.firstName = row.text(2);
    b.lastName = row.text(3);
    b.birthDate = columns::date(row, 4);
    b.phone = row.text(5);
    b.email = row.text(6);
    b.address = row.text(7);
    b.qualifications = row.text(8);
    b.experience = row.text(9);
    b.languages = columns::stringList(row, 10);
    b.resources = columns::stringList(row, 11);
    b.consent.date = columns::date(row, 12);
    b.consent.legalBasis = row.text(13);
    b.consent.information = row.text(14);
    b.counsellor = row.text(15);
    b.status = columns::enumeration<BeneficiaryStatus>(row, 16);
    b.createdAt = columns::timestamp(row, 17);
    b.updatedAt = columns::timestamp(row, 18);
    b.version = row.integer(19);
    return b;
}

// Binds the 18 data columns (all but id and version) from ?2 on.
void bindData(Statement& s, const Beneficiary& b)
{
    s.bind(2, columns::enumeration(b.civility))
        .bind(3, b.firstName)
        .bind(4, b.lastName)
        .bind(5, columns::date(b.birthDate))
        .bind(6, b.phone)
        .bind(7, b.email)
        .bind(8, b.address)
        .bind(9, b.qualifications)
        .bind(10, b.experience)
        .bind(11, columns::stringList(b.languages))
        .bind(12, columns::stringList(b.resources))
        .bind(13, columns::date(b.consent.date))
        .bind(14, b.consent.legalBasis)
        .bind(15, b.consent.information)
        .bind(16, b.counsellor)
        .bind(17, columns::enumeration(b.status))
        .bind(18, b.createdAt)
        .bind(19, b.updatedAt);
}

// The FROM and WHERE clauses of a query: fixed fragments only, every value bound by name. With
// words to search, the full-text index drives the query, in its own order, so that the first page
// comes without ranking every match.
// On a server, each word is matched against the start of a word of the person's folded text
// (ServerSchema.cpp), which finds what the file's full-text index finds.
std::string searchFrom(const Database& db, const std::vector<std::string>& words)
{
    if (words.empty())
        return " FROM beneficiaries b WHERE TRUE";
    if (!db.isServer())
        return " FROM beneficiary_search f JOIN beneficiaries b ON b.id = f.rowid WHERE beneficiary_search MATCH :fts";
    std::string sql = " FROM beneficiary_search f JOIN beneficiaries b ON b.id = f.beneficiary_id WHERE TRUE";
    for (size_t i = 0; i < words.size(); ++i)
        sql += " AND f.words LIKE '%' || rtrim(trame_fold(:w" + std::to_string(i) + ")) || '%'";
    return sql;
}

std::string fromWhere(const Database& db, const BeneficiaryQuery& q, const std::vector<std::string>& words)
{
    std::string sql = searchFrom(db, words);
    if (q.status)
        sql += " AND b.status = :status";
    if (q.openOnly)
        sql += " AND b.status <> 'closed'";
    if (q.counsellor)
        sql += " AND b.counsellor = :counsellor";
    if (q.obstacle)
        sql += " AND EXISTS (SELECT 1 FROM obstacles o WHERE o.beneficiary_id = b.id"
               " AND o.category = :category AND o.status <> 'lifted')";
    // rules::listedLate, in SQL: the agreed date passed with nothing planned, or a step past due.
    if (q.overdueOnly)
        sql += " AND ((b.next_appointment < :today AND NOT EXISTS (SELECT 1 FROM appointments a"
               " WHERE a.beneficiary_id = b.id AND a.status = 'unknown' AND a.day >= :today))"
               " OR b.open_due < :today)";
    return sql;
}

void bindQuery(Statement& s, const BeneficiaryQuery& q, const std::vector<std::string>& words)
{
    std::string fts;
    for (size_t i = 0; i < words.size(); ++i) {
        s.bindNamed((":w" + std::to_string(i)).c_str(), words[i]);
        fts += (fts.empty() ? "\"" : " \"") + words[i] + "\"*";
    }
    s.bindNamed(":fts", fts);
    if (q.status)
        s.bindNamed(":status", columns::enumeration(*q.status));
    if (q.counsellor)
        s.bindNamed(":counsellor", *q.counsellor);
    if (q.obstacle)
        s.bindNamed(":category", columns::enumeration(*q.obstacle));
    s.bindNamed(":today", q.today.toString());
}

// The first page of each order comes from an index (ListSchema.cpp, version 10), except the next
// appointment's: the date shown is computed from the agenda and the last interview, so that order
// reads every row the filters keep (trame-bench measures it at 100,000 people).
std::string orderBy(const Database& db, const BeneficiaryQuery& q, const std::vector<std::string>& words)
{
    // The file's full-text index gives matches in the order of ids: the server says so.
    if (!q.order && !words.empty())
        return db.sql("", " ORDER BY b.id");
    const std::string dir = q.descending ? " DESC" : "";
    const std::string byName = " b.last_name" + dir + ", b.first_name" + dir + ", b.id" + dir;
    switch (q.order.value_or(ListOrder::ByName)) {
    case ListOrder::ByName: return " ORDER BY" + byName;
    case ListOrder::ByStatus: return " ORDER BY b.status" + dir + "," + byName;
    case ListOrder::ByCounsellor: return " ORDER BY b.counsellor" + dir + "," + byName;
    case ListOrder::ByNextAppointment: return " ORDER BY next_shown" + dir + " NULLS LAST," + byName;
    }
    return " ORDER BY" + byName;
}

bool idTaken(const Database& db, std::int64_t id)
{
    const auto sLease = db.cached("SELECT 1 FROM beneficiaries WHERE id = ?1");
    Statement& s = *sLease;
    s.bind(1, id);
    return s.step();
}

} // namespace

Result<std::int64_t> BeneficiaryRepository::insert(const Beneficiary& b)
{
    return guarded([&]() -> Result<std::int64_t> {
        if (b.id != 0 && idTaken(m_db, b.id))
            return makeError(ErrorKind::Conflict, "id", std::to_string(b.id) + " already exists in this database");
        const auto sLease =
            m_db.cached(std::string("INSERT INTO beneficiaries (") + kColumns +
                        ") VALUES (coalesce(?1, (SELECT CAST(value AS INTEGER) + 1 FROM meta"
                        " WHERE key = 'last_beneficiary_id')), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                        " ?15, ?16, ?17, ?18, ?19, 1) RETURNING id");
        Statement& s = *sLease;
        if (b.id != 0)
            s.bind(1, b.id);
        else
            s.bindNull(1);
        bindData(s, b);
        return s.returnedId();
    });
}

Result<std::int64_t> BeneficiaryRepository::update(const Beneficiary& b)
{
    return guarded([&]() -> Result<std::int64_t> {
        const auto sLease =
            m_db.cached("UPDATE beneficiaries SET civility = ?2, first_name = ?3, last_name = ?4, birth_date = ?5,"
                        " phone = ?6, email = ?7, address = ?8, qualifications = ?9, experience = ?10, languages = ?11,"
                        " resources = ?12, consent_date = ?13, consent_basis = ?14, consent_information = ?15,"
                        " counsellor = ?16, status = ?17, created_at = ?18, updated_at = ?19, version = version + 1"
                        " WHERE id = ?1 AND version = ?20");
        Statement& s = *sLease;
        s.bind(1, b.id);
        bindData(s, b);
        s.bind(20, b.version);
        s.run();
        if (m_db.changes() == 0) {
            if (!idTaken(m_db, b.id))
                return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(b.id) + " does not exist");
            return makeError(ErrorKind::Conflict, {},
                             "beneficiary " + std::to_string(b.id) + " was changed by someone else meanwhile");
        }
        return b.version + 1;
    });
}

Result<Beneficiary> BeneficiaryRepository::get(std::int64_t id) const
{
    return guarded([&]() -> Result<Beneficiary> {
        const auto sLease = m_db.cached(std::string("SELECT ") + kColumns + " FROM beneficiaries WHERE id = ?1");
        Statement& s = *sLease;
        s.bind(1, id);
        if (!s.step())
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        return readBeneficiary(s);
    });
}

Result<std::string> BeneficiaryRepository::counsellorOf(std::int64_t id) const
{
    return guarded([&]() -> Result<std::string> {
        const auto sLease = m_db.cached("SELECT counsellor FROM beneficiaries WHERE id = ?1");
        Statement& s = *sLease;
        if (!s.bind(1, id).step())
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        return s.text(0);
    });
}

Result<BeneficiaryStatus> BeneficiaryRepository::statusOf(std::int64_t id) const
{
    return guarded([&]() -> Result<BeneficiaryStatus> {
        const auto sLease = m_db.cached("SELECT status FROM beneficiaries WHERE id = ?1");
        Statement& s = *sLease;
        if (!s.bind(1, id).step())
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        return columns::enumeration<BeneficiaryStatus>(s, 0);
    });
}

Status BeneficiaryRepository::setCounsellor(std::int64_t id, const std::string& counsellor, const Timestamp& now)
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE beneficiaries SET counsellor = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1")
            .bindAll(id, counsellor, now)
            .run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        return Ok{};
    });
}

Status BeneficiaryRepository::remove(std::int64_t id)
{
    return guarded([&]() -> Status {
        const auto sLease = m_db.cached("DELETE FROM beneficiaries WHERE id = ?1");
        Statement& s = *sLease;
        s.bind(1, id);
        s.run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, {}, "beneficiary " + std::to_string(id) + " does not exist");
        return Ok{};
    });
}

Result<std::vector<BeneficiarySummary>> BeneficiaryRepository::find(const BeneficiaryQuery& q) const
{
    return guarded([&]() -> Result<std::vector<BeneficiarySummary>> {
        const auto words = searchWords(q.search);
        const std::string order = orderBy(m_db, q, words);
        const auto lease = m_db.cached(
            "SELECT b.id, b.civility, b.first_name, b.last_name, b.status, b.counsellor, b.next_appointment,"
            " b.open_due, " +
            std::string(columns::kPeriodAlertColumns) +
            ", (SELECT min(a.day) FROM appointments a WHERE a.beneficiary_id = b.id AND a.status = 'unknown'"
            " AND a.day >= :today) AS next_planned, coalesce((SELECT min(a.day) FROM appointments a"
            " WHERE a.beneficiary_id = b.id AND a.status = 'unknown' AND a.day >= :today), b.next_appointment)"
            " AS next_shown" +
            fromWhere(m_db, q, words) + order + " LIMIT :limit OFFSET :offset");
        Statement& s = *lease;
        bindQuery(s, q, words);
        s.bindNamed(":limit", q.limit).bindNamed(":offset", q.offset);
        std::vector<BeneficiarySummary> rows;
        rows.reserve(static_cast<size_t>(std::max(0, q.limit)));
        while (s.step()) {
            BeneficiarySummary row;
            row.id = s.integer(0);
            row.civility = columns::enumeration<Civility>(s, 1);
            row.firstName = s.text(2);
            row.lastName = s.text(3);
            row.status = columns::enumeration<BeneficiaryStatus>(s, 4);
            row.counsellor = s.text(5);
            const auto agreedNext = columns::date(s, 6);
            const auto nextPlanned = columns::date(s, 11);
            row.nextAppointment = rules::listedNextAppointment(nextPlanned, agreedNext);
            row.overdue = rules::listedLate(nextPlanned, agreedNext, columns::date(s, 7), q.today);
            row.alerts = columns::periodAlerts(s, 8, q.today);
            rows.push_back(std::move(row));
        }
        return rows;
    });
}

Result<std::int64_t> BeneficiaryRepository::count(const BeneficiaryQuery& q) const
{
    return guarded([&]() -> Result<std::int64_t> {
        const auto words = searchWords(q.search);
        const auto sLease = m_db.cached("SELECT count(*)" + fromWhere(m_db, q, words));
        Statement& s = *sLease;
        bindQuery(s, q, words);
        s.step();
        return s.integer(0);
    });
}

Result<std::vector<std::int64_t>> BeneficiaryRepository::allIds() const
{
    return guarded([&]() -> Result<std::vector<std::int64_t>> {
        const auto sLease = m_db.cached("SELECT id FROM beneficiaries ORDER BY id");
        Statement& s = *sLease;
        std::vector<std::int64_t> ids;
        while (s.step())
            ids.push_back(s.integer(0));
        return ids;
    });
}

} // namespace trame::storage
