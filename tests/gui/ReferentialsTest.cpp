// The administrator keeps the lists of a support period from the keyboard: an exit reason of the
// structure's own, mapped onto the funders' categories, offered at once to a counsellor closing a
// follow-up; a refused entry says why and changes nothing.
#include "administration/AdministrationPage.h"
#include "administration/ExitReasonDialog.h"
#include "administration/ProgrammeDialog.h"
#include "administration/ReferentialsTab.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "gui/ModalDialog.h"
#include "gui/Typist.h"
#include "periods/CloseDialog.h"
#include "services/SupportPeriods.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>

using namespace trame;

namespace {

// The interface in French from before the window is built: its pages are translated as made.
struct French {
    French() { Translations::install(QStringLiteral("fr")); }
    ~French() { Translations::install(QStringLiteral("en")); }
    French(const French&) = delete;
    French& operator=(const French&) = delete;
};

struct AdminFixture : GuiFixture {
    services::Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    French french;
    MainWindow window{*workspace, clock, admin};
    ReferentialsTab* tab = nullptr;

    AdminFixture()
    {
        MessageBox::setNonInteractive(true);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.showPlace(MainWindow::Administration);
        tab = &window.administrationPage()->referentials();
        window.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(tab);
        tab->findChild<QTableView*>(QStringLiteral("reasonsView"))->setFocus();
        QTest::qWait(50);
    }

    int reasonRows() { return tab->findChild<QTableView*>(QStringLiteral("reasonsView"))->model()->rowCount(); }
};

} // namespace

TEST_CASE_METHOD(AdminFixture, "An administrator adds an exit reason and a counsellor closes with it",
                 "[gui][referentials]")
{
    const int before = reasonRows();
    Typist::press(Qt::Key_O, Qt::AltModifier); // « Ajouter un m&otif… »
    openedDialog<ExitReasonDialog>();
    Typist::type(QStringLiteral("emploi_aide"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Contrat aidé (PEC)"));
    Typist::press(Qt::Key_Tab);
    Typist::press(Qt::Key_Home); // IAE: durable job, the first...
    Typist::press(Qt::Key_Down); // ...then transition job
    Typist::press(Qt::Key_Tab);  // PLIE: not positive
    Typist::press(Qt::Key_Tab);
    Typist::press(Qt::Key_Up); // FSE+: in employment
    Typist::press(Qt::Key_Return);
    QTest::qWait(100);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(reasonRows() == before + 1);
    services::SupportPeriods periods(*workspace, clock, counsellor);
    const ExitReason added = periods.exitReasons().value().back();
    CHECK(added.code == "emploi_aide");
    CHECK(added.label == "Contrat aidé (PEC)");
    CHECK(added.iae == IaeExitCategory::TransitionJob);
    CHECK_FALSE(added.pliePositive);
    CHECK(added.fse == FseSituation::Employed);
    CHECK(added.source.empty());

    // The same code again is refused in the dialog, and the list stays as it was.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    tab->findChild<QTableView*>(QStringLiteral("reasonsView"))->setFocus();
    Typist::press(Qt::Key_O, Qt::AltModifier);
    auto* again = openedDialog<ExitReasonDialog>();
    Typist::type(QStringLiteral("emploi_aide"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("Doublon"));
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == again);
    CHECK(again->findChild<QLabel*>(QStringLiteral("errorLabel"))
              ->text()
              .contains(QStringLiteral(
                  "Code\u00a0: «\u00a0emploi_aide\u00a0» est déjà dans la liste\u00a0: modifiez plutôt cette ligne")));
    CHECK(periods.exitReasons().value().back().label == "Contrat aidé (PEC)");
    Typist::press(Qt::Key_Escape);

    // A counsellor closing a follow-up is offered it, with the categories it counts in.
    Beneficiary person;
    person.firstName = "Élodie";
    person.lastName = "Martin";
    const std::int64_t id = caseFiles.create(person).value();
    CloseDialog close(periods, id, clock.today());
    auto* reason = close.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("emploi_aide")));
    CHECK(close.findChild<QLabel*>(QStringLiteral("categoriesLabel"))
              ->text()
              .contains(QStringLiteral("Emploi de transition")));
}

TEST_CASE_METHOD(AdminFixture, "A programme longer than the domain allows is refused and nothing changes",
                 "[gui][referentials]")
{
    auto* programmes = tab->findChild<QTableView*>(QStringLiteral("programmesView"));
    programmes->setFocus();
    const auto before = services::SupportPeriods(*workspace, clock, admin).programmes().value();
    Typist::press(Qt::Key_M, Qt::AltModifier); // « &Modifier le dispositif… » on the first one
    auto* dialog = openedDialog<ProgrammeDialog>();
    auto* months = dialog->findChild<QSpinBox*>(QStringLiteral("maxSpin"));
    months->setFocus();
    months->selectAll();
    Typist::type(QStringLiteral("200"));
    Typist::press(Qt::Key_Return);
    CHECK(QApplication::activeModalWidget() == dialog);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("120")));
    CHECK(services::SupportPeriods(*workspace, clock, admin).programmes().value() == before);
    Typist::press(Qt::Key_Escape);
}
