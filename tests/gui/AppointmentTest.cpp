// Appointments from the follow-up page, from the keyboard: planned for tomorrow afternoon, refused
// an outcome before it took place, then qualified as attended once past. Each step is read back
// from a second connection, as the next start of Trame would read it.
#include "appointments/AppointmentDialog.h"
#include "appointments/AppointmentListModel.h"
#include "appointments/AppointmentsPanel.h"
#include "common/Conversions.h"
#include "gui/ModalDialog.h"
#include "gui/TypingFixture.h"
#include "gui/Typist.h"
#include "services/Appointments.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

using namespace trame;

namespace {

std::vector<Appointment> onDisk(const std::string& path, const services::Clock& clock,
                                const services::Actor& counsellor, std::int64_t id)
{
    auto workspace = GuiFixture::open(path);
    return services::Appointments(*workspace, clock, counsellor).ofPerson(id).value();
}

// Alt+Q on the chosen appointment, the status one step down the list: the dialog, still open.
AppointmentDialog* qualifyAsNext(MainWindow& window)
{
    // A desktop gives the window back the keyboard when a dialog closes; offscreen, the test does.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Typist::press(Qt::Key_Q, Qt::AltModifier);
    auto* dialog = openedDialog<AppointmentDialog>();
    Typist::press(Qt::Key_S, Qt::AltModifier);
    Typist::press(Qt::Key_Down);
    return dialog;
}

void waitForClosedDialog()
{
    for (int i = 0; i < 100 && QApplication::activeModalWidget(); ++i)
        QTest::qWait(20);
    REQUIRE_FALSE(QApplication::activeModalWidget());
}

} // namespace

TEST_CASE_METHOD(TypingFixture, "A counsellor plans an appointment and qualifies it once past from the keyboard",
                 "[gui][appointments]")
{
    const Date tomorrow = clock.localNow().day.addDays(1);
    view().focusFirstField();
    Typist::press(Qt::Key_6, Qt::AltModifier);
    REQUIRE(view().currentSection() == FollowUp);
    auto* panel = view().findChild<AppointmentsPanel*>();
    REQUIRE(panel->isVisibleTo(&view()));

    // Alt+L: the dialog opens on today; the day, the time and the place typed, Enter.
    Typist::press(Qt::Key_L, Qt::AltModifier);
    auto* dialog = openedDialog<AppointmentDialog>();
    CHECK(dialog->windowTitle() == QStringLiteral("Planifier un rendez-vous"));
    Typist::press(Qt::Key_J, Qt::AltModifier);
    Typist::press(Qt::Key_A, Qt::ControlModifier);
    Typist::type(formatDate(tomorrow));
    Typist::press(Qt::Key_H, Qt::AltModifier);
    Typist::type(QStringLiteral("14h"));
    Typist::press(Qt::Key_L, Qt::AltModifier);
    Typist::type(QStringLiteral("Bureau 2"));
    Typist::press(Qt::Key_Return);
    waitForClosedDialog();
    {
        const auto stored = onDisk(path, clock, counsellor, id);
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].start == LocalTime{tomorrow, 14 * 60});
        CHECK(stored[0].place == "Bureau 2");
        CHECK(stored[0].counsellor == "cmartin");
        CHECK(stored[0].status == AppointmentStatus::Planned);
    }
    REQUIRE(panel->model()->rowCount() == 1);
    // The header names it, time included.
    CHECK_THAT(view().findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().toStdString(),
               Catch::Contains("Prochain rendez-vous\u00a0: 03/11/2026 à 14:00"));

    // Alt+Q on it: attended before it began is refused, and nothing changes.
    dialog = qualifyAsNext(window);
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("statusCombo"))->currentText() == QStringLiteral("Honoré"));
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))
              ->text()
              .startsWith(QStringLiteral("Un rendez-vous qui n’a pas commencé")));
    CHECK(onDisk(path, clock, counsellor, id).at(0).status == AppointmentStatus::Planned);
    Typist::press(Qt::Key_Escape);

    // Two days later it is past: the list asks to qualify it, and attended is stored.
    clock.advance(std::chrono::days(2));
    window.openCaseFile(id);
    view().showSection(FollowUp);
    panel = view().findChild<AppointmentsPanel*>();
    const QModelIndex status = panel->model()->index(0, AppointmentListModel::StatusColumn);
    CHECK(status.data().toString() == QStringLiteral("À qualifier\u00a0: la personne est-elle venue\u00a0?"));
    qualifyAsNext(window);
    Typist::press(Qt::Key_Return);
    waitForClosedDialog();
    CHECK(onDisk(path, clock, counsellor, id).at(0).status == AppointmentStatus::Honoured);
    CHECK(panel->model()->index(0, AppointmentListModel::StatusColumn).data().toString() == QStringLiteral("Honoré"));
}

TEST_CASE_METHOD(GuiFixture, "A supervisor reads a person's appointments and plans none", "[gui][appointments]")
{
    const std::int64_t id = caseFiles.create(TypingFixture::newPerson()).value();
    Appointment a;
    a.beneficiaryId = id;
    a.start = {clock.localNow().day.addDays(1), 10 * 60};
    REQUIRE(services::Appointments(*workspace, clock, counsellor).plan(a).ok());
    MainWindow window{*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup")};
    window.openCaseFile(id);
    auto* panel = window.caseFileView()->findChild<AppointmentsPanel*>();
    CHECK(panel->model()->rowCount() == 1);
    for (const char* name : {"planButton", "changeButton", "removeButton"})
        CHECK_FALSE(panel->findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled());
}
