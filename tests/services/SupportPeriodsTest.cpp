#include "services/SupportPeriods.h"

#include "domain/Document.h"
#include "services/CaseFiles.h"
#include "services/Exchange.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Samples.h"
#include "support/ServiceFixture.h"
#include "support/Users.h"

#include <catch2/catch.hpp>

#include <map>

using namespace trame;
using namespace trame::services;

namespace {

struct Fixture : ServiceFixture {
    Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    Actor supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
    CaseFiles cases{*workspace, clock, counsellor};
    SupportPeriods periods{*workspace, clock, counsellor};
    std::int64_t id = cases.create(sampleRecord(0, "Chabert").person).value();

    Bilan bilanSaying(const std::string& text)
    {
        Bilan bilan = periods.draftBilan(id).value();
        bilan.text = text;
        return bilan;
    }
    Result<SupportPeriod> closeToday()
    {
        return periods.close(id, {clock.today(), "cdi", FseSituation::Employed}, bilanSaying("Embauchée en CDI."));
    }
};

SupportPeriod entryOn(const Date& date, const std::string& programme = "plie")
{
    SupportPeriod p;
    p.entryDate = date;
    p.programme = programme;
    return p;
}

} // namespace

TEST_CASE_METHOD(Fixture, "A new person is followed from today in one open period", "[periods]")
{
    const auto history = periods.history(id).value();
    REQUIRE(history.size() == 1);
    CHECK(history[0].entryDate == clock.today());
    CHECK(history[0].referent == "cmartin");
    CHECK(history[0].isOpen());
    CHECK_FALSE(cases.create(sampleRecord(0, "Autre").person, entryOn(clock.today(), "inconnu")).ok());
}

TEST_CASE_METHOD(Fixture, "A counsellor corrects a phone number and it stays after a restart", "[periods][profile]")
{
    Beneficiary person = cases.open(id).value().person;
    person.phone = "07 11 22 33 44";
    REQUIRE(cases.savePerson(person).ok());
    workspace = Workspace::open(path).value();
    CaseFiles again(*workspace, clock, counsellor);
    CHECK(again.open(id).value().person.phone == "07 11 22 33 44");
}

TEST_CASE_METHOD(Fixture, "A supervisor reads a profile and a period but changes neither", "[periods][profile]")
{
    CaseFiles asSupervisor(*workspace, clock, supervisor);
    Beneficiary person = asSupervisor.open(id).value().person;
    person.phone = "07 00 00 00 00";
    CHECK(asSupervisor.savePerson(person).error().kind == ErrorKind::Denied);
    SupportPeriods supervising(*workspace, clock, supervisor);
    CHECK(supervising.history(id).ok());
    CHECK(supervising.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"}).error().kind ==
          ErrorKind::Denied);
    CHECK(supervising.close(id, {clock.today(), "cdi", FseSituation::Employed}, bilanSaying("Fin")).error().kind ==
          ErrorKind::Denied);
    CHECK(cases.open(id).value().person.phone == sampleRecord(0, "Chabert").person.phone);
}

TEST_CASE_METHOD(Fixture, "Pause and resume: the list shows the follow-up paused, then active", "[periods]")
{
    REQUIRE(periods.pause(id, {clock.today(), Date(2026, 12, 15), std::nullopt, "Hospitalisation"}).ok());
    CHECK(cases.find({}).value().at(0).status == BeneficiaryStatus::Paused);
    workspace = Workspace::open(path).value();
    SupportPeriods again(*workspace, clock, counsellor);
    const auto paused = again.history(id).value().back();
    REQUIRE(paused.openPause());
    CHECK(paused.openPause()->expectedEnd == Date(2026, 12, 15));
    clock.advance(std::chrono::days(10));
    REQUIRE(again.resume(id, clock.today()).ok());
    CHECK(CaseFiles(*workspace, clock, counsellor).find({}).value().at(0).status == BeneficiaryStatus::Active);
}

TEST_CASE_METHOD(Fixture, "An exit without a reason or without a bilan is refused and changes nothing", "[periods]")
{
    CHECK(periods.close(id, {clock.today(), "", FseSituation::Employed}, bilanSaying("Fin")).error().path ==
          "exit.reason");
    CHECK(periods.close(id, {clock.today(), "cdi", FseSituation::Employed}, bilanSaying("")).error().path ==
          "bilan.text");
    CHECK(periods.history(id).value().back().isOpen());
}

TEST_CASE_METHOD(Fixture, "A closed file is read-only, found among closed ones, and reopened whole", "[periods]")
{
    const auto closed = closeToday();
    REQUIRE(closed.ok());
    CHECK(closed->bilan->text == "Embauchée en CDI.");
    CHECK(closed->bilan->obstacles.empty()); // the case file had none
    // Read-only, whoever asks, until reopened: the rule is the domain's, below every screen.
    BeneficiaryRecord record = cases.open(id).value();
    CHECK_FALSE(cases.may(Action::EditCaseFile, record.person));
    record.caseFile.situation = "Changée";
    CHECK(cases.saveCaseFile(record.caseFile).error().kind == ErrorKind::Invalid);
    record.person.phone = "07";
    CHECK(cases.savePerson(record.person).error().kind == ErrorKind::Invalid);
    CHECK(periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"}).error().kind == ErrorKind::Invalid);
    // The list leaves it out when asked for active people, and a filter finds it.
    BeneficiaryQuery active;
    active.status = BeneficiaryStatus::Active;
    CHECK(cases.find(active).value().empty());
    BeneficiaryQuery closedOnes;
    closedOnes.status = BeneficiaryStatus::Closed;
    CHECK(cases.find(closedOnes).value().size() == 1);
    BeneficiaryQuery underWay; // the list's default
    underWay.openOnly = true;
    CHECK(cases.find(underWay).value().empty());
    CHECK(cases.count(underWay).value() == 0);

    workspace = Workspace::open(path).value();
    SupportPeriods again(*workspace, clock, counsellor);
    clock.advance(std::chrono::days(40));
    const auto reopened = again.reopen(id, entryOn(clock.today()));
    REQUIRE(reopened.ok());
    const auto history = again.history(id).value();
    REQUIRE(history.size() == 2);
    CHECK(history[0] == *closed); // kept whole
    CHECK(history[1].isOpen());
    CHECK(history[1].programme == "plie");
    CaseFiles editable(*workspace, clock, counsellor);
    CHECK(editable.may(Action::EditCaseFile, editable.open(id).value().person));
    CHECK(again.reopen(id, entryOn(clock.today())).error().kind == ErrorKind::Invalid); // open already
}

TEST_CASE_METHOD(Fixture, "A pause and an exit are corrected once recorded, even after the file is closed", "[periods]")
{
    REQUIRE(periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"}).ok());
    clock.advance(std::chrono::days(10));
    REQUIRE(periods.resume(id, clock.today()).ok());
    clock.advance(std::chrono::days(20));
    const SupportPeriod closed = closeToday().value();

    // The counsellor typed the wrong start and reason of the pause; the file is closed meanwhile.
    Pause corrected = closed.pauses[0];
    corrected.from = corrected.from.addDays(2);
    corrected.reason = "Hospitalisation";
    auto pauseFixed = periods.correctPause(closed, 0, corrected);
    REQUIRE(pauseFixed.ok());
    CHECK(periods.correctPause(closed, 0, corrected).error().kind == ErrorKind::Conflict); // an old version
    PeriodExit exit = *closed.exit;
    exit.date = exit.date.addDays(-3);
    exit.reason = "formation";
    Bilan bilan = *closed.bilan;
    bilan.text = "Entrée en formation qualifiante d’agent d’entretien.";
    CHECK(periods.correctExit(*pauseFixed, exit, bilanSaying(" ")).error().path == "bilan.text");
    REQUIRE(periods.correctExit(*pauseFixed, exit, bilan).ok());

    workspace = Workspace::open(path).value();
    const SupportPeriod stored = SupportPeriods(*workspace, clock, counsellor).history(id).value().back();
    CHECK(stored.pauses[0] == corrected);
    CHECK(stored.exit == exit);
    CHECK(stored.bilan->text == bilan.text);
    CHECK(CaseFiles(*workspace, clock, counsellor).open(id).value().person.status == BeneficiaryStatus::Closed);

    // A supervisor reads it and corrects nothing; an exit stays an exit.
    SupportPeriods reading(*workspace, clock, supervisor);
    CHECK(reading.correctExit(stored, exit, bilan).error().kind == ErrorKind::Denied);
    SupportPeriods again(*workspace, clock, counsellor);
    const SupportPeriod next = again.reopen(id, entryOn(clock.today())).value();
    CHECK(again.correctExit(next, exit, bilan).error().path == "exit");
    // The corrected exit may not move past the next period's entry.
    exit.date = clock.today().addDays(1);
    CHECK(again.correctExit(stored, exit, bilan).error().path == "periods[1].entry_date");
}

TEST_CASE_METHOD(Fixture, "A database locked by another writer refuses a pause and a close whole, then takes them",
                 "[periods][busy]")
{
    const Bilan bilan = bilanSaying("Embauchée en CDI."); // drafted first: reading a file is audited too
    const PeriodExit exit{clock.today(), "cdi", FseSituation::Employed};
    auto holder = storage::Database::open(path).value();
    holder->exec(storage::beginWriteSql(*holder));
    const auto paused = periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"});
    REQUIRE_FALSE(paused.ok());
    CHECK(paused.error().kind == ErrorKind::Busy);
    const auto closed = periods.close(id, exit, bilan);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().kind == ErrorKind::Busy);
    holder->exec("ROLLBACK");
    const SupportPeriod now = periods.history(id).value().back();
    CHECK(now.pauses.empty());
    CHECK(now.isOpen());
    CHECK(cases.open(id).value().person.status == BeneficiaryStatus::Active);
    // Released, the same steps are taken.
    REQUIRE(periods.pause(id, {clock.today(), std::nullopt, std::nullopt, "Santé"}).ok());
    REQUIRE(periods.close(id, exit, bilan).ok());
    CHECK(cases.open(id).value().person.status == BeneficiaryStatus::Closed);
}

TEST_CASE_METHOD(Fixture, "The administrator adds an exit reason of the structure's own", "[periods]")
{
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    SupportPeriods administering(*workspace, clock, admin);
    const ExitReason own{
        "emploi_aide", "Contrat aidé (PEC)", IaeExitCategory::TransitionJob, false, FseSituation::Employed, "", true};
    REQUIRE(administering.addExitReason(own).ok());
    CHECK(administering.addExitReason(own).error().path == "code"); // a code is added once
    CHECK(
        administering.saveExitReason({"inconnu", "x", IaeExitCategory::Other, false, FseSituation::Inactive, "", true})
            .error()
            .path == "code"); // a change needs an entry to change
    CHECK(administering
              .addExitReason({"Pas Un Code", "x", IaeExitCategory::Other, false, FseSituation::Inactive, "", true})
              .error()
              .path == "code");
    CHECK(periods.addExitReason(own).error().kind == ErrorKind::Denied); // a counsellor keeps no list
    const auto reasons = periods.exitReasons().value();
    CHECK(reasons.back() == own);
    CHECK(periods.close(id, {clock.today(), "emploi_aide", FseSituation::Employed}, bilanSaying("Fin")).ok());
}

TEST_CASE_METHOD(Fixture, "Import refuses bad periods with the field named, and stores nothing", "[periods][exchange]")
{
    const Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    Exchange exchange(*workspace, clock, admin);
    const auto count = [&] { return cases.count({}).value(); };
    const auto before = count();
    BeneficiaryRecord record = sampleRecord(50, "Importée");
    const auto tried = [&](const std::vector<SupportPeriod>& periodsInFile) {
        Document doc;
        record.periods = periodsInFile;
        doc.beneficiaries = {record};
        return exchange.import(serializeDocument(doc));
    };
    SupportPeriod closed = entryOn(Date(2025, 1, 6));
    closed.exit = PeriodExit{Date(2025, 9, 1), "cdi", FseSituation::Employed};
    closed.bilan = Bilan{};
    closed.bilan->text = "Fin";

    SupportPeriod unknownReason = closed;
    unknownReason.exit->reason = "loterie";
    CHECK(tried({unknownReason}).error().path == "beneficiaries[0].periods[0].exit.reason");
    SupportPeriod backwards = closed;
    backwards.exit->date = Date(2024, 1, 1);
    CHECK(tried({backwards}).error().path == "beneficiaries[0].periods[0].exit.date");
    CHECK(tried({entryOn(Date(2025, 1, 6)), entryOn(Date(2026, 1, 6))}).error().path == "beneficiaries[0].periods[1]");
    CHECK(tried({closed, entryOn(Date(2025, 6, 1))}).error().path == "beneficiaries[0].periods[1].entry_date");
    CHECK(tried({entryOn(Date(2025, 1, 6), "inconnu")}).error().path == "beneficiaries[0].periods[0].programme");
    CHECK(count() == before);
    REQUIRE(tried({closed, entryOn(Date(2025, 9, 1))}).ok());
    const auto imported = periods.history(50).value(); // sampleRecord's people are cmartin's
    REQUIRE(imported.size() == 2);
    CHECK(imported[0] == [&] {
        SupportPeriod stored = closed;
        stored.id = imported[0].id;
        stored.beneficiaryId = 50;
        stored.version = 1;
        return stored;
    }());
    CHECK(imported[1].isOpen());
}

TEST_CASE_METHOD(Fixture, "The list flags a follow-up past its programme's length and a pause past its end",
                 "[periods][list]")
{
    const std::int64_t longPlie = cases.create(sampleRecord(0, "Abadie").person, entryOn(Date(2023, 9, 1))).value();
    const std::int64_t closedPlie = cases.create(sampleRecord(0, "Besson").person, entryOn(Date(2023, 9, 1))).value();
    REQUIRE(periods.close(closedPlie, {clock.today(), "cdi", FseSituation::Employed}, bilanSaying("Embauche.")).ok());
    REQUIRE(periods.pause(id, {clock.today(), clock.today().addDays(5), std::nullopt, "Formation"}).ok());
    const auto alertsOn = [&](const Date& today) {
        BeneficiaryQuery query;
        query.today = today;
        const auto rows = cases.find(query).value(); // kept: a loop over value() of a temporary dangles
        std::map<std::int64_t, rules::PeriodAlerts> byId;
        for (const BeneficiarySummary& row : rows)
            byId[row.id] = row.alerts;
        return byId;
    };
    auto alerts = alertsOn(clock.today());
    CHECK(alerts[longPlie].pastMaxLength); // PLIE: 36 months at most, entered 38 months ago
    CHECK_FALSE(alerts[longPlie].pausePastExpected);
    CHECK(alerts[closedPlie] == rules::PeriodAlerts{}); // a closed follow-up raises nothing
    CHECK(alerts[id] == rules::PeriodAlerts{});         // paused, due back in five days
    alerts = alertsOn(clock.today().addDays(6));
    CHECK(alerts[id].pausePastExpected);
    CHECK_FALSE(alerts[id].pastMaxLength);
}
