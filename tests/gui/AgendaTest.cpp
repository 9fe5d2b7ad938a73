// The Agenda place from the keyboard, in French: the sign-in line, the week and the next one,
// Enter on an appointment or on a line of « À faire » opening the case file where the work is,
// a reminder before an appointment (once, and never behind the lock), a supervisor's choice of
// counsellor, and the calendar file written for its owner only.
#include "agenda/AgendaModel.h"
#include "agenda/AgendaPage.h"
#include "agenda/AgendaPlace.h"
#include "agenda/DueListModel.h"
#include "agenda/ReminderWatch.h"
#include "appointments/AppointmentDialog.h"
#include "casefile/CaseFileView.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "common/SortableList.h"
#include "gui/GuiFixture.h"
#include "gui/HeaderClick.h"
#include "gui/ModalDialog.h"
#include "gui/Typist.h"
#include "services/Appointments.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "signin/LockScreen.h"
#include "support/Samples.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>

using namespace trame;

namespace {

struct AgendaFixture : GuiFixture {
    services::Appointments appointments{*workspace, clock, counsellor};
    std::int64_t nadia = caseFiles.create(person("Nadia", "Benali")).value();
    std::int64_t karim = caseFiles.create(person("Karim", "Haddad")).value();
    Appointment today = plan(nadia, 0, 14 * 60);
    Appointment nextWeek = plan(karim, 8, 10 * 60);
    Appointment forgotten = planInThePast(karim, 3);

    AgendaFixture()
    {
        // Each test's preferences in its own folder, never the person's own.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, QString::fromStdString(dir.file("settings")));
        Translations::install(QStringLiteral("fr"));
        MessageBox::setNonInteractive(true);
        InputDialogs::setNonInteractive(true);
    }
    ~AgendaFixture() { Translations::install(QStringLiteral("en")); }

    static Beneficiary person(const char* first, const char* last)
    {
        Beneficiary b;
        b.firstName = first;
        b.lastName = last;
        return b;
    }
    Appointment plan(std::int64_t who, int days, int minute)
    {
        Appointment a;
        a.beneficiaryId = who;
        a.start = {clock.localNow().day.addDays(days), minute};
        a.place = "Bureau 2";
        return appointments.plan(a).value().appointment;
    }
    Appointment planInThePast(std::int64_t who, int daysAgo)
    {
        clock.advance(-std::chrono::hours(24 * (daysAgo + 1)));
        Appointment a = plan(who, 1, 11 * 60);
        clock.advance(std::chrono::hours(24 * (daysAgo + 1)));
        return a;
    }
};

struct ShownWindow {
    MainWindow window;
    ShownWindow(AgendaFixture& f, const services::Actor& user) : window(*f.workspace, f.clock, user)
    {
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    AgendaPage& page() { return *window.agenda()->page(); }
};

} // namespace

TEST_CASE_METHOD(AgendaFixture, "A counsellor goes from the sign-in line to the week and opens files where the work is",
                 "[gui][agenda]")
{
    ShownWindow shown(*this, counsellor);
    MainWindow& window = shown.window;
    auto* line = window.findChild<QLabel*>(QStringLiteral("todayLine"));
    REQUIRE(line);
    CHECK(line->isVisible());
    CHECK(line->accessibleName() == QStringLiteral("Aujourd’hui\u00a0: 1 rendez-vous · 0 suivi à relancer"));

    // The line leads to the agenda; so does Ctrl+2, from anywhere.
    emit line->linkActivated(QStringLiteral("agenda"));
    CHECK(window.currentPlace() == MainWindow::Agenda);
    window.showPlace(MainWindow::Beneficiaries);
    // Ctrl+2: the week of Monday 2 November, today's appointment chosen.
    Typist::press(Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.currentPlace() == MainWindow::Agenda);
    AgendaPage& page = shown.page();
    const QAbstractItemModelTester checksAgenda(page.appointmentsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QAbstractItemModelTester checksDue(page.dueModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page.firstDay() == Date(2026, 11, 2));
    CHECK_THAT(page.findChild<QLabel*>(QStringLiteral("rangeLabel"))->text().toStdString(),
               Catch::StartsWith("Semaine du lundi 2 novembre 2026"));
    REQUIRE(page.appointmentsModel()->rowCount() == 1);
    const int chosen = SortableList::currentRow(page.appointmentsView());
    CHECK(page.appointmentsModel()->at(chosen)->appointment.id == today.id);
    CHECK(page.appointmentsModel()->index(chosen, AgendaModel::PersonColumn).data().toString() ==
          QStringLiteral("Nadia Benali"));

    // Page Down: next week, Karim's appointment; Page Up comes back.
    page.appointmentsView()->setFocus();
    Typist::press(Qt::Key_PageDown);
    CHECK(page.firstDay() == Date(2026, 11, 9));
    REQUIRE(page.appointmentsModel()->rowCount() == 1);
    CHECK(page.appointmentsModel()->at(0)->appointment.id == nextWeek.id);
    Typist::press(Qt::Key_PageUp);
    CHECK(page.firstDay() == Date(2026, 11, 2));
    // Page Up again: last week's Friday, never qualified, says so in words.
    Typist::press(Qt::Key_PageUp);
    REQUIRE(page.appointmentsModel()->rowCount() == 1);
    CHECK(page.appointmentsModel()->at(0)->appointment.id == forgotten.id);
    CHECK(page.appointmentsModel()->index(0, AgendaModel::StatusColumn).data().toString() ==
          QStringLiteral("À qualifier\u00a0: la personne est-elle venue\u00a0?"));
    Typist::press(Qt::Key_PageDown);

    // « À faire »: Karim's appointment to qualify first; Enter opens his file at Suivi.
    REQUIRE(page.dueModel()->rowCount() >= 1);
    CHECK(page.dueModel()->index(0, DueListModel::WhatColumn).data().toString() ==
          QStringLiteral("Rendez-vous à qualifier"));
    page.dueView()->setFocus();
    SortableList::selectRow(page.dueView(), 0);
    Typist::press(Qt::Key_Return);
    REQUIRE(window.currentPlace() == MainWindow::Beneficiaries);
    REQUIRE(window.caseFileView());
    CHECK(window.caseFileView()->beneficiaryId() == karim);
    CHECK(window.caseFileView()->currentSection() == static_cast<int>(CaseFileSection::FollowUp));

    // Back to the agenda: Enter on today's appointment opens Nadia's file at Suivi.
    Typist::press(Qt::Key_2, Qt::ControlModifier);
    REQUIRE(window.currentPlace() == MainWindow::Agenda);
    page.appointmentsView()->setFocus();
    SortableList::selectRow(page.appointmentsView(), page.appointmentsModel()->nextRow());
    Typist::press(Qt::Key_Return);
    REQUIRE(window.caseFileView());
    CHECK(window.caseFileView()->beneficiaryId() == nadia);
    CHECK(window.caseFileView()->currentSection() == static_cast<int>(CaseFileSection::FollowUp));
}

TEST_CASE_METHOD(AgendaFixture, "The week sorts by person with a click, and Enter opens the person shown first",
                 "[gui][agenda][order]")
{
    const std::int64_t amelie = caseFiles.create(person("Amélie", "Durand")).value();
    plan(amelie, 0, 9 * 60); // before Nadia's 14:00
    ShownWindow shown(*this, counsellor);
    shown.window.showPlace(MainWindow::Agenda);
    AgendaPage& page = shown.page();
    QTableView* view = page.appointmentsView();
    const auto personAt = [view](int row) {
        return view->model()->index(row, AgendaModel::PersonColumn).data().toString();
    };
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(personAt(0) == QStringLiteral("Amélie Durand")); // in time order

    clickHeader(view, AgendaModel::PersonColumn); // by last name: Benali before Durand
    CHECK(personAt(0) == QStringLiteral("Nadia Benali"));
    CHECK(personAt(1) == QStringLiteral("Amélie Durand"));
    view->setFocus();
    view->selectRow(0);
    Typist::press(Qt::Key_Return);
    REQUIRE(shown.window.caseFileView());
    CHECK(shown.window.caseFileView()->beneficiaryId() == nadia);
}

TEST_CASE_METHOD(AgendaFixture,
                 "A reminder comes once before an appointment, at each user's delay, never behind the lock",
                 "[gui][agenda]")
{
    ShownWindow shown(*this, counsellor);
    MainWindow& window = shown.window;
    ReminderWatch* reminders = window.agenda()->reminders();
    REQUIRE(reminders);
    CHECK(reminders->minutesBefore() == ReminderSettings::kDefaultMinutes);
    QSignalSpy spy(reminders, &ReminderWatch::reminder);

    clock.advance(std::chrono::minutes(4 * 60 + 40)); // 13:40: too early for 15 minutes
    reminders->check();
    CHECK(spy.count() == 0);
    clock.advance(std::chrono::minutes(7)); // 13:47
    reminders->check();
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("Rendez-vous dans 13 minutes"));
    INFO(spy.at(0).at(1).toString().toStdString());
    CHECK(spy.at(0).at(1).toString() ==
          QStringLiteral("Entretien individuel sur place à 14:00 avec Nadia Benali (Bureau 2)"));
    CHECK_THAT(window.statusBar()->currentMessage().toStdString(), Catch::Contains("Nadia Benali"));
    reminders->check();
    CHECK(spy.count() == 1); // once

    // The counsellor sets 30 minutes on the agenda page: kept for them, and for them only.
    auto* box = shown.page().findChild<QSpinBox*>(QStringLiteral("reminderBox"));
    box->setValue(30);
    CHECK(reminders->minutesBefore() == 30);
    CHECK(ReminderSettings::minutesFor("cmartin") == 30);
    CHECK(ReminderSettings::minutesFor("sdupont") == ReminderSettings::kDefaultMinutes);
    // Moved to 14:15, it is reminded again — unless the window is locked.
    Appointment moved = appointments.ofPerson(nadia).value().front();
    moved.start.minute = 14 * 60 + 15;
    REQUIRE(appointments.save(moved).ok());
    window.lock();
    reminders->check();
    CHECK(spy.count() == 1);
    CHECK(window.statusBar()->currentMessage().isEmpty());
    // Unlocked in time, it comes.
    emit window.lockScreen()->unlockRequested(QStringLiteral("cmartin"), QString::fromStdString(kTestPassword));
    REQUIRE_FALSE(window.isLocked());
    reminders->check();
    REQUIRE(spy.count() == 2);
    CHECK_THAT(spy.at(1).at(1).toString().toStdString(), Catch::Contains("14:15"));
}

TEST_CASE_METHOD(AgendaFixture, "A supervisor picks a counsellor's agenda and plans nothing", "[gui][agenda]")
{
    signInAs(*workspace, clock, Role::Counsellor, "sdupont");
    ShownWindow shown(*this, signInAs(*workspace, clock, Role::Supervisor, "sup"));
    MainWindow& window = shown.window;
    CHECK_FALSE(window.findChild<QLabel*>(QStringLiteral("todayLine"))->isVisible());
    CHECK_FALSE(window.agenda()->reminders());
    window.showPlace(MainWindow::Agenda);
    AgendaPage& page = shown.page();
    auto* counsellors = page.findChild<QComboBox*>(QStringLiteral("counsellorBox"));
    REQUIRE(counsellors->isVisible());
    REQUIRE(counsellors->count() == 2);
    counsellors->setCurrentIndex(counsellors->findData(QStringLiteral("cmartin")));
    CHECK(page.appointmentsModel()->rowCount() == 1);
    CHECK(page.dueModel()->rowCount() > 0);
    counsellors->setCurrentIndex(counsellors->findData(QStringLiteral("sdupont")));
    CHECK(page.appointmentsModel()->rowCount() == 0);
    CHECK(page.findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("planButton"))->isVisible());
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("changeButton"))->isVisible());
}

TEST_CASE_METHOD(AgendaFixture, "The calendar file is written by initials unless asked, for its owner only",
                 "[gui][agenda]")
{
    ShownWindow shown(*this, counsellor);
    shown.window.showPlace(MainWindow::Agenda);
    const QString file = QString::fromStdString(dir.file("mon-agenda.ics"));
    InputDialogs::setNextItem(1); // four weeks
    InputDialogs::setNextItem(0); // initials
    InputDialogs::setNextFileName(file);
    REQUIRE(shown.page().exportCalendar());
    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    CHECK(text.contains(QStringLiteral("N. B. (dossier n° %1)").arg(nadia)));
    CHECK(text.contains(QStringLiteral("DTSTART:20261110T100000"))); // next week's, inside four weeks
    CHECK_FALSE(text.contains(QStringLiteral("Benali")));
    CHECK(written.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    // Cancelled at the question: nothing written.
    InputDialogs::setNextItem(-1);
    CHECK_FALSE(shown.page().exportCalendar());
}

TEST_CASE_METHOD(AgendaFixture,
                 "From the agenda a counsellor plans with one of their people and qualifies a missed one",
                 "[gui][agenda]")
{
    ShownWindow shown(*this, counsellor);
    Typist::press(Qt::Key_2, Qt::ControlModifier);
    AgendaPage& page = shown.page();
    page.appointmentsView()->setFocus();

    // Alt+R: with whom (their people, by name), then the time typed, Enter.
    InputDialogs::setNextItem(1);
    Typist::press(Qt::Key_R, Qt::AltModifier);
    openedDialog<AppointmentDialog>(); // a button's mnemonic clicks it a moment later, as a person sees
    CHECK(InputDialogs::lastItems() == QStringList{QStringLiteral("Benali Nadia (n° %1)").arg(nadia),
                                                   QStringLiteral("Haddad Karim (n° %1)").arg(karim)});
    Typist::press(Qt::Key_H, Qt::AltModifier);
    Typist::type(QStringLiteral("16h"));
    Typist::press(Qt::Key_Return);
    for (int i = 0; i < 100 && QApplication::activeModalWidget(); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(QApplication::activeModalWidget());
    const auto karims = appointments.ofPerson(karim).value();
    REQUIRE(karims.size() == 3);
    CHECK(karims[1].start == LocalTime{clock.localNow().day, 16 * 60});
    CHECK(page.appointmentsModel()->rowCount() == 2);

    // Page Up to last week, Alt+Q on Friday's, « Honoré », Enter: qualified, gone from « À faire ».
    shown.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&shown.window));
    page.appointmentsView()->setFocus();
    Typist::press(Qt::Key_PageUp);
    REQUIRE(page.appointmentsModel()->rowCount() == 1);
    Typist::press(Qt::Key_Q, Qt::AltModifier);
    openedDialog<AppointmentDialog>();
    Typist::press(Qt::Key_S, Qt::AltModifier);
    Typist::press(Qt::Key_Down);
    Typist::press(Qt::Key_Return);
    for (int i = 0; i < 100 && QApplication::activeModalWidget(); ++i)
        QTest::qWait(20);
    CHECK(appointments.ofPerson(karim).value().front().status == AppointmentStatus::Honoured);
    for (int row = 0; row < page.dueModel()->rowCount(); ++row)
        CHECK(page.dueModel()->at(row)->kind != DueKind::AppointmentToQualify);
}
