#include "storage/PeriodRepository.h"

#include "domain/PeriodJson.h"
#include "storage/Columns.h"
#include "storage/Database.h"

namespace trame::storage {

namespace {

const char* const kColumns = "id, beneficiary_id, entry_date, programme, prescriber_organisation, prescriber_name, "
                             "referent, employment, time_without_work, education_level, entry_resources, "
                             "participant_flags, exit_date, exit_reason, exit_situation, bilan, version";

std::optional<Bilan> readBilan(const Statement& row, int column)
{
    if (row.isNull(column))
        return std::nullopt;
    try {
        const auto parsed = nlohmann::json::parse(row.view(column));
        return periodjson::readBilan(JsonReader(parsed, "bilan"));
    } catch (const std::exception& e) {
        throw StorageError(Error{ErrorKind::Corrupt, {}, std::string("a stored bilan cannot be read: ") + e.what()});
    }
}

SupportPeriod readPeriod(const Statement& row)
{
    SupportPeriod p;
    p.id = row.integer(0);
    p.beneficiaryId = row.integer(1);
    p.entryDate = *columns::date(row, 2);
    p.programme = row.text(3);
    p.prescriberOrganisation = row.text(4);
    p.prescriberName = row.text(5);
    p.referent = row.text(6);
    p.entry.employment = row.text(7);
    p.entry.timeWithoutWork = row.text(8);
    p.entry.educationLevel = row.text(9);
    p.entry.resources = columns::stringList(row, 10);
    p.entry.participantFlags = columns::stringList(row, 11);
    if (const auto exitDate = columns::date(row, 12))
        p.exit = PeriodExit{*exitDate, row.text(13), columns::enumeration<FseSituation>(row, 14)};
    p.bilan = readBilan(row, 15);
    p.version = row.integer(16);
    return p;
}

// Binds the data columns (all but id and version) from ?2 on.
void bindData(Statement& s, const SupportPeriod& p)
{
    s.bind(2, p.beneficiaryId)
        .bind(3, p.entryDate.toString())
        .bind(4, p.programme)
        .bind(5, p.prescriberOrganisation)
        .bind(6, p.prescriberName)
        .bind(7, p.referent)
        .bind(8, p.entry.employment)
        .bind(9, p.entry.timeWithoutWork)
        .bind(10, p.entry.educationLevel)
        .bind(11, columns::stringList(p.entry.resources))
        .bind(12, columns::stringList(p.entry.participantFlags));
    if (p.exit)
        s.bind(13, p.exit->date.toString()).bind(14, p.exit->reason).bind(15, columns::enumeration(p.exit->situation));
    else
        s.bindNull(13).bindNull(14).bindNull(15);
    if (p.bilan)
        s.bind(16, periodjson::write(*p.bilan).dump());
    else
        s.bindNull(16);
}

bool openPeriodExists(const Database& db, std::int64_t beneficiaryId, std::int64_t except)
{
    Statement s =
        db.prepare("SELECT 1 FROM support_periods WHERE beneficiary_id = ?1 AND exit_date IS NULL AND id <> ?2");
    return s.bindAll(beneficiaryId, except).step();
}

} // namespace

Result<std::vector<SupportPeriod>> PeriodRepository::periodsOf(std::int64_t beneficiaryId) const
{
    return guarded([&]() -> Result<std::vector<SupportPeriod>> {
        std::vector<SupportPeriod> periods;
        const auto sLease = m_db.cached(std::string("SELECT ") + kColumns +
                                        " FROM support_periods WHERE beneficiary_id = ?1 ORDER BY entry_date, id");
        Statement& s = *sLease;
        s.bind(1, beneficiaryId);
        while (s.step())
            periods.push_back(readPeriod(s));
        const auto pLease =
            m_db.cached("SELECT from_date, expected_end, until_date, reason FROM period_pauses p JOIN support_periods s"
                        " ON s.id = p.period_id WHERE s.beneficiary_id = ?1 AND p.period_id = ?2 ORDER BY p.position");
        Statement& pauses = *pLease;
        for (SupportPeriod& period : periods) {
            pauses.reset();
            pauses.bindAll(beneficiaryId, period.id);
            while (pauses.step())
                period.pauses.push_back(
                    {*columns::date(pauses, 0), columns::date(pauses, 1), columns::date(pauses, 2), pauses.text(3)});
        }
        return periods;
    });
}

Result<std::int64_t> PeriodRepository::insert(const SupportPeriod& period)
{
    return guarded([&]() -> Result<std::int64_t> {
        if (period.isOpen() && openPeriodExists(m_db, period.beneficiaryId, period.id))
            return makeError(ErrorKind::Conflict, "period", "this person already has an open support period");
        Statement s = m_db.prepare(std::string("INSERT INTO support_periods (") + kColumns +
                                   ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 1)"
                                   " RETURNING id");
        if (period.id != 0)
            s.bind(1, period.id);
        else
            s.bindNull(1);
        bindData(s, period);
        const std::int64_t id = s.returnedId();
        writePauses(period, id);
        return id;
    });
}

Result<std::int64_t> PeriodRepository::update(const SupportPeriod& period)
{
    return guarded([&]() -> Result<std::int64_t> {
        if (period.isOpen() && openPeriodExists(m_db, period.beneficiaryId, period.id))
            return makeError(ErrorKind::Conflict, "period", "this person already has an open support period");
        const auto sLease = m_db.cached(
            "UPDATE support_periods SET beneficiary_id = ?2, entry_date = ?3, programme = ?4,"
            " prescriber_organisation = ?5, prescriber_name = ?6, referent = ?7, employment = ?8,"
            " time_without_work = ?9, education_level = ?10, entry_resources = ?11, participant_flags = ?12,"
            " exit_date = ?13, exit_reason = ?14, exit_situation = ?15, bilan = ?16, version = version + 1"
            " WHERE id = ?1 AND version = ?17");
        Statement& s = *sLease;
        s.bind(1, period.id);
        bindData(s, period);
        s.bind(17, period.version);
        s.run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::Conflict, "period",
                             "this support period was changed on another workstation meanwhile");
        m_db.prepare("DELETE FROM period_pauses WHERE period_id = ?1").bind(1, period.id).run();
        writePauses(period, period.id);
        return period.version + 1;
    });
}

void PeriodRepository::writePauses(const SupportPeriod& period, std::int64_t periodId)
{
    const auto lease = m_db.cached("INSERT INTO period_pauses (period_id, position, from_date, expected_end,"
                                   " until_date, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Statement& s = *lease;
    for (std::size_t i = 0; i < period.pauses.size(); ++i) {
        const Pause& p = period.pauses[i];
        s.reset();
        s.bindAll(periodId, static_cast<std::int64_t>(i), p.from.toString(), columns::date(p.expectedEnd),
                  columns::date(p.until), p.reason);
        s.run();
    }
}

Status PeriodRepository::setBeneficiaryStatus(std::int64_t beneficiaryId, BeneficiaryStatus status)
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE beneficiaries SET status = ?2 WHERE id = ?1")
            .bindAll(beneficiaryId, columns::enumeration(status))
            .run();
        if (m_db.changes() == 0)
            return makeError(ErrorKind::NotFound, {},
                             "beneficiary " + std::to_string(beneficiaryId) + " does not exist");
        return Ok{};
    });
}

Result<std::vector<Programme>> PeriodRepository::programmes() const
{
    return guarded([&]() -> Result<std::vector<Programme>> {
        std::vector<Programme> all;
        Statement s =
            m_db.prepare("SELECT code, label, max_months, source, active FROM programmes ORDER BY position, code");
        while (s.step()) {
            const auto months = s.optionalInteger(2);
            all.push_back({s.text(0), s.text(1), months ? std::optional<int>(static_cast<int>(*months)) : std::nullopt,
                           s.text(3), s.integer(4) != 0});
        }
        return all;
    });
}

Result<std::vector<ExitReason>> PeriodRepository::exitReasons() const
{
    return guarded([&]() -> Result<std::vector<ExitReason>> {
        std::vector<ExitReason> all;
        Statement s = m_db.prepare("SELECT code, label, iae_category, plie_positive, fse_situation, source, active"
                                   " FROM exit_reasons ORDER BY position, code");
        while (s.step())
            all.push_back({s.text(0), s.text(1), columns::enumeration<IaeExitCategory>(s, 2), s.integer(3) != 0,
                           columns::enumeration<FseSituation>(s, 4), s.text(5), s.integer(6) != 0});
        return all;
    });
}

namespace {

// Adding is a plain insert, so that two administrators adding one code at the same hour get one
// entry and one refusal, not one entry silently overwritten.
Status added(const Database& db, const std::string& list, const std::string& code)
{
    if (db.changes() == 0)
        return makeError(ErrorKind::Conflict, "code",
                         "'" + code + "' was added to the " + list + " meanwhile, on another workstation");
    return Ok{};
}

Status changed(const Database& db, const std::string& list, const std::string& code)
{
    if (db.changes() == 0)
        return makeError(ErrorKind::NotFound, "code", "'" + code + "' is not in the " + list);
    return Ok{};
}

std::optional<std::int64_t> months(const Programme& p)
{
    return p.maxMonths ? std::optional<std::int64_t>(*p.maxMonths) : std::nullopt;
}

} // namespace

Status PeriodRepository::addProgramme(const Programme& p)
{
    return guarded([&]() -> Status {
        m_db.prepare("INSERT INTO programmes (code, label, max_months, source, active, position) VALUES (?1, ?2, ?3,"
                     " ?4, ?5, (SELECT coalesce(max(position), 0) + 1 FROM programmes)) ON CONFLICT (code) DO NOTHING")
            .bindAll(p.code, p.label, months(p), p.source, static_cast<std::int64_t>(p.active))
            .run();
        return added(m_db, "programmes", p.code);
    });
}

Status PeriodRepository::changeProgramme(const Programme& p)
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE programmes SET label = ?2, max_months = ?3, active = ?4 WHERE code = ?1")
            .bindAll(p.code, p.label, months(p), static_cast<std::int64_t>(p.active))
            .run();
        return changed(m_db, "programmes", p.code);
    });
}

Status PeriodRepository::addExitReason(const ExitReason& r)
{
    return guarded([&]() -> Status {
        m_db.prepare("INSERT INTO exit_reasons (code, label, iae_category, plie_positive, fse_situation, source,"
                     " active, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                     " (SELECT coalesce(max(position), 0) + 1 FROM exit_reasons)) ON CONFLICT (code) DO NOTHING")
            .bindAll(r.code, r.label, columns::enumeration(r.iae), static_cast<std::int64_t>(r.pliePositive),
                     columns::enumeration(r.fse), r.source, static_cast<std::int64_t>(r.active))
            .run();
        return added(m_db, "exit reasons", r.code);
    });
}

Status PeriodRepository::changeExitReason(const ExitReason& r)
{
    return guarded([&]() -> Status {
        m_db.prepare("UPDATE exit_reasons SET label = ?2, iae_category = ?3, plie_positive = ?4, fse_situation = ?5,"
                     " active = ?6 WHERE code = ?1")
            .bindAll(r.code, r.label, columns::enumeration(r.iae), static_cast<std::int64_t>(r.pliePositive),
                     columns::enumeration(r.fse), static_cast<std::int64_t>(r.active))
            .run();
        return changed(m_db, "exit reasons", r.code);
    });
}

} // namespace trame::storage
