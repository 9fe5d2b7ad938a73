// Renders each screen of Trame, in French, with realistic data, to PNG files for the user guide:
//   trame-screenshots OUTPUT_FOLDER
// Uses QWidget::grab(), so it runs offscreen as well as under Xvfb.
#include "administration/AdministrationPage.h"
#include "administration/DataRightsTab.h"
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/AppClock.h"
#include "common/MessageBox.h"
#include "common/UserPreferences.h"
#include "domain/Document.h"
#include "periods/BilanModel.h"
#include "periods/CloseDialog.h"
#include "periods/EntryDialog.h"
#include "periods/PauseDialog.h"
#include "references/ReferenceLibraryPage.h"
#include "review/ReviewPanel.h"
#include "services/Accounts.h"
#include "services/Backups.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Reviews.h"
#include "services/SupportPeriods.h"
#include "services/Workspace.h"
#include "shell/HelpWindow.h"
#include "shell/Launcher.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "signin/LoginDialog.h"
#include "signin/PasswordDialog.h"
#include "support/DarkPalette.h"
#include "support/FaultyVfs.h"
#include "support/ManualClock.h"
#include "support/Samples.h"
#include "support/Users.h"
#include "tools/DocumentPages.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFont>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTest>

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>

using namespace trame;

namespace {

// A fixed folder rather than a fresh random one: the paths the screenshots show (status bar,
// About) are the same at every run, so regenerating them changes only what the code changed.
class TourFolder {
public:
    TourFolder()
    {
        std::filesystem::remove_all(m_path);
        std::filesystem::create_directories(m_path);
    }
    ~TourFolder() { std::filesystem::remove_all(m_path); }
    TourFolder(const TourFolder&) = delete;
    TourFolder& operator=(const TourFolder&) = delete;
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path = std::filesystem::temp_directory_path() / "trame-visite";
};

void save(QWidget& widget, const QString& folder, const char* name)
{
    QApplication::processEvents();
    const QString path = QDir(folder).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

Document people()
{
    Document doc;
    BeneficiaryRecord a = sampleRecord(1, "Benali");
    a.person.firstName = "Nadia";
    // Her appointments: two past, qualified; one past that was never qualified; one to come.
    const auto appointment = [](std::int64_t id, const Date& day, int minute, AppointmentKind kind,
                                AppointmentStatus status, const std::string& note, std::int64_t person = 1) {
        Appointment made;
        made.id = id;
        made.beneficiaryId = person;
        made.start = {day, minute};
        made.kind = kind;
        made.place = kind == AppointmentKind::OnSite ? "Bureau 2" : "";
        made.counsellor = "cmartin";
        made.status = status;
        made.note = note;
        return made;
    };
    a.appointments = {
        appointment(501, Date(2026, 9, 15), 9 * 60 + 30, AppointmentKind::OnSite, AppointmentStatus::Honoured,
                    "Venue avec son CV"),
        appointment(502, Date(2026, 9, 29), 10 * 60, AppointmentKind::OnSite, AppointmentStatus::NoShow,
                    "Pas venue ; rappelée le lendemain"),
        appointment(503, Date(2026, 10, 13), 14 * 60, AppointmentKind::Phone, AppointmentStatus::Planned, ""),
        appointment(504, Date(2026, 11, 10), 9 * 60 + 30, AppointmentKind::OnSite, AppointmentStatus::Planned,
                    "Apporter le devis de la formation")};
    BeneficiaryRecord b = sampleRecord(2, "Cissé");
    b.person.civility = Civility::M;
    b.person.firstName = "Moussa";
    b.caseFile.obstacles[0].category = ObstacleCategory::Language;
    b.caseFile.obstacles[0].description = "Parle peu français";
    b.interviews.clear();
    // His week: a workshop this afternoon, a video call on Wednesday (the agenda's screenshot).
    b.appointments = {
        appointment(601, Date(2026, 11, 2), 14 * 60, AppointmentKind::Workshop, AppointmentStatus::Planned, "", 2),
        appointment(602, Date(2026, 11, 4), 10 * 60 + 30, AppointmentKind::Video, AppointmentStatus::Planned, "", 2)};
    BeneficiaryRecord c = sampleRecord(3, "Adam");
    c.person.civility = Civility::M;
    c.person.firstName = "Karim";
    c.person.status = BeneficiaryStatus::Paused;
    // Paused for care, and past the day he was expected back: the list says so.
    c.periods.at(0).entryDate = Date(2025, 3, 3);
    c.periods.at(0).programme = "plie";
    c.periods.at(0).pauses = {{Date(2026, 9, 1), Date(2026, 10, 15), std::nullopt, "Soins de suite"}};
    c.interviews.clear();
    c.caseFile.plan[1].dueDate = Date(2026, 12, 15);
    doc.beneficiaries = {a, b, c};
    return doc;
}

// Pausing, and closing with a bilan, Moussa Cissé's follow-up; then his closed file.
bool periodSteps(MainWindow& window, services::Workspace& workspace, const services::Clock& clock,
                 const services::Actor& counsellor, const QString& folder)
{
    services::SupportPeriods periods(workspace, clock, counsellor);
    EntryDialog entry(periods, periods.history(2).value().back(), EntryDialog::Correct, clock.today(), &window);
    entry.findChild<QLineEdit*>(QStringLiteral("prescriberNameEdit"))->setText(QStringLiteral("Mme Lefèvre"));
    auto* education = entry.findChild<QComboBox*>(QStringLiteral("educationLevelCombo"));
    education->setCurrentIndex(education->findData(QStringLiteral("4")));
    entry.show();
    save(entry, folder, "entree-parcours");
    entry.hide();
    PauseDialog pause(periods, 2, clock.today(), &window);
    pause.findChild<QLineEdit*>(QStringLiteral("expectedEndEdit"))->setText(QStringLiteral("04/01/2027"));
    pause.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("Formation FLE à temps plein"));
    pause.show();
    save(pause, folder, "suspendre");
    pause.hide();

    CloseDialog close(periods, 2, clock.today(), &window);
    auto* reason = close.findChild<QComboBox*>(QStringLiteral("reasonCombo"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("cdd_ctt")));
    close.outcomes()->item(1, BilanModel::OutcomeColumn)->setCheckState(Qt::Checked);
    close.findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))
        ->setPlainText(QStringLiteral("M. Cissé a signé un CDD de 8 mois comme électricien chez un artisan. Le "
                                      "français reste à consolider : cours du soir au centre social."));
    close.resize(720, 640);
    close.show();
    save(close, folder, "cloturer");
    if (!close.submit())
        return false;
    close.hide();
    window.openCaseFile(2);
    window.caseFileView()->showSection(7);
    save(window, folder, "dossier-parcours-clos");
    window.closeCaseFile();

    CloseDialog correct(periods, periods.history(2).value().back(), clock.today(), &window);
    correct.resize(720, 640);
    correct.show();
    save(correct, folder, "corriger-sortie");
    correct.hide();
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    describeApplication(app);
    // --font-scale F: the system font at F times its size; --dark: a dark theme's palette. Both
    // are for looking at the screens (the guide's pictures are taken without them).
    const QStringList args = app.arguments();
    const qsizetype scaleAt = args.indexOf(QStringLiteral("--font-scale"));
    bool scaleRead = true;
    const double scale = scaleAt > 0 && scaleAt + 1 < args.size() ? args.at(scaleAt + 1).toDouble(&scaleRead) : 1.0;
    if (args.size() < 2 || args.last().startsWith(QLatin1Char('-')) ||
        (scaleAt > 0 && scaleAt + 1 >= args.size() - 1) || !scaleRead || scale < 0.5 || scale > 4) {
        std::fprintf(stderr, "usage: trame-screenshots [--font-scale F (0.5 to 4)] [--dark] OUTPUT_FOLDER\n");
        return 2;
    }
    if (scaleAt > 0) {
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * scale);
        QApplication::setFont(font);
    }
    if (args.contains(QStringLiteral("--dark"))) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
    }
    const QString folder = args.last();
    QDir().mkpath(folder);
    Translations::install(QStringLiteral("fr"));
    MessageBox::setNonInteractive(true);
    UserPreferences::setEnabled(false); // the same screens whatever the last run left

    faulty::install(); // passes everything through until the "full disk" screenshot
    const TourFolder dir;
    auto workspace = services::Workspace::open(dir.file("trame.sqlite")).value();
    services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                                std::chrono::hours(9));
    AppClock::set(&clock); // the dates shown are the tour's, whatever the day it runs
    services::Accounts accounts(*workspace, clock);
    PasswordDialog first(PasswordDialog::FirstAdministrator,
                         [](const PasswordDialog::Fields&) { return Status(Ok{}); });
    first.findChild<QLineEdit*>(QStringLiteral("loginEdit"))->setText(QStringLiteral("admin"));
    first.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Alice Durand"));
    first.show();
    save(first, folder, "premier-demarrage");
    first.hide();
    const services::Actor admin =
        accounts.createFirstAdministrator({"admin", "Alice Durand", Role::Administrator, kTestPassword}).value();
    for (const auto& [login, name, role] :
         {std::tuple{"cmartin", "Claire Martin", Role::Counsellor},
          std::tuple{"proche", "Paul Roche", Role::Supervisor}, std::tuple{"lstagiaire", "Léa Petit", Role::Trainee}})
        if (!accounts.add(admin, {login, name, role, kTestPassword}))
            return 1;
    if (!services::Exchange(*workspace, clock, admin).import(serializeDocument(people())))
        return 1;
    const services::Actor counsellor = accounts.signIn("cmartin", kTestPassword).value();
    const services::Actor supervisor = accounts.signIn("proche", kTestPassword).value();
    services::CaseFiles caseFiles(*workspace, clock, counsellor);

    LoginDialog login(accounts);
    login.signIn(QStringLiteral("cmartin"), QStringLiteral("ce n'est pas le bon"));
    login.show();
    save(login, folder, "connexion");
    login.hide();

    MainWindow window(*workspace, clock, counsellor);
    window.resize(1280, 800);
    window.show();
    QTest::qWait(50);
    save(window, folder, "beneficiaires");
    window.showPlace(MainWindow::Agenda);
    save(window, folder, "agenda");

    NewBeneficiaryDialog dialog(caseFiles, &window);
    dialog.offerProgrammes(services::SupportPeriods(*workspace, clock, counsellor).programmes().value());
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Élodie"));
    dialog.submit(); // shows the message under the empty last name
    dialog.show();
    save(dialog, folder, "nouveau-beneficiaire");
    dialog.hide();

    window.findChild<QAction*>(QStringLiteral("actionUserGuide"))->trigger();
    if (auto* help = window.findChild<HelpWindow*>()) {
        help->resize(1000, 760);
        save(*help, folder, "aide");
        help->hide();
    }

    window.openCaseFile(1);
    const char* const tabs[] = {"dossier-situation",   "dossier-attitude", "dossier-methodes", "dossier-plan",
                                "dossier-indicateurs", "dossier-suivi",    "dossier-profil",   "dossier-parcours"};
    for (int i = 0; i < 8; ++i) {
        window.caseFileView()->showSection(i);
        save(window, folder, tabs[i]);
    }
    window.closeCaseFile();
    if (!periodSteps(window, *workspace, clock, counsellor, folder))
        return 1;

    window.showPlace(MainWindow::ReferenceCases);
    window.referenceLibrary()->showCase(3);
    save(window, folder, "cas-reference");
    window.referenceLibrary()->view()->showSection(1);
    save(window, folder, "cas-reference-attitude");
    window.referenceLibrary()->view()->showSection(5);
    save(window, folder, "cas-reference-annexe1");

    // The review, from both sides.
    services::Reviews(*workspace, clock, counsellor).submit(1, "Le plan d'action me semble trop chargé.").value();
    {
        MainWindow review(*workspace, clock, supervisor);
        review.resize(1280, 800);
        review.show();
        review.showPlace(MainWindow::Review);
        save(review, folder, "relecture-file");
        review.openCaseFile(1);
        review.caseFileView()->showSection(3);
        review.caseFileView()->reviewPanel()->comment(
            QStringLiteral("L'étape « Visite de la résidence » n'a pas d'échéance : en fixer une avec Mme Benali."));
        save(review, folder, "relecture-dossier");
        review.caseFileView()->reviewPanel()->requestChanges(QStringLiteral("Un point à reprendre dans le plan."));
        review.showPlace(MainWindow::Audit);
        save(review, folder, "journal");
    }
    {
        // The counsellor's next sign-in: the file sent back is named above the list.
        MainWindow back(*workspace, clock, counsellor);
        back.resize(1280, 800);
        back.show();
        QTest::qWait(600); // the count comes after the first page
        save(back, folder, "relecture-a-reprendre");
    }
    window.openCaseFile(1);
    window.caseFileView()->showSection(3);
    save(window, folder, "remarques-relecture");
    // A full disk while typing.
    window.caseFileView()->showSection(0);
    window.caseFileView()->document()->edit(QStringLiteral("situation"),
                                            [](CaseFile& c) { c.situation += " Cherche un logement plus proche."; });
    faulty::arm(faulty::Operation::Write, 1, SQLITE_FULL);
    window.caseFileView()->flush();
    save(window, folder, "disque-plein");
    faulty::disarm();
    window.retryWriting();
    window.lock();
    QTest::qWait(50); // the lock page is laid out on its first show
    save(window, folder, "verrouille");

    MainWindow administration(*workspace, clock, admin);
    administration.resize(1280, 800);
    administration.show();
    save(administration, folder, "administration");
    administration.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(1);
    administration.administrationPage()->rights().previewRetention();
    save(administration, folder, "administration-droits");
    (void)services::rotateBackups(*workspace, clock, true); // one automatic backup to choose from
    administration.administrationPage()->refresh();
    administration.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(2);
    save(administration, folder, "administration-sauvegardes");
    administration.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(3);
    save(administration, folder, "administration-referentiels");
    if (!documentPages(*workspace, clock, admin, counsellor, folder))
        return 1;
    administration.administrationPage()->refresh();
    administration.findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentIndex(4);
    save(administration, folder, "administration-en-tete");
    return 0;
}
