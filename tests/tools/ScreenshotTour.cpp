// Renders each screen of Trame, in French, with realistic data, to PNG files for the user guide:
//   trame-screenshots OUTPUT_FOLDER
// Uses QWidget::grab(), so it runs offscreen as well as under Xvfb.
#include "CaseFileView.h"
#include "Launcher.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NewBeneficiaryDialog.h"
#include "ReferenceLibraryPage.h"
#include "Translations.h"
#include "domain/Document.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Exchange.h"
#include "services/Workspace.h"
#include "support/Samples.h"
#include "support/TempDir.h"
#include "support/Users.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace trame;

namespace {

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
    BeneficiaryRecord b = sampleRecord(2, "Cissé");
    b.person.civility = Civility::M;
    b.person.firstName = "Moussa";
    b.caseFile.obstacles[0].category = ObstacleCategory::Language;
    b.caseFile.obstacles[0].description = "Parle peu français";
    b.interviews.clear();
    BeneficiaryRecord c = sampleRecord(3, "Adam");
    c.person.civility = Civility::M;
    c.person.firstName = "Karim";
    c.person.status = BeneficiaryStatus::Paused;
    c.interviews.clear();
    c.caseFile.plan[1].dueDate = Date(2026, 12, 15);
    doc.beneficiaries = {a, b, c};
    return doc;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    describeApplication(app);
    if (argc != 2) {
        std::fprintf(stderr, "usage: trame-screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    Translations::install(QStringLiteral("fr"));
    MessageBox::setNonInteractive(true);

    TempDir dir;
    auto workspace = services::Workspace::open(dir.file("tour.sqlite")).value();
    services::ManualClock clock(std::chrono::sys_days(std::chrono::year(2026) / std::chrono::November / 2) +
                                std::chrono::hours(9));
    const services::Actor admin = signInAs(*workspace, clock, Role::Administrator, "admin");
    if (!services::Exchange(*workspace, clock, admin).import(serializeDocument(people())))
        return 1;
    const services::Actor counsellor = signInAs(*workspace, clock, Role::Counsellor, "cmartin");
    services::CaseFiles caseFiles(*workspace, clock, counsellor);

    MainWindow window(*workspace, clock, counsellor);
    window.resize(1280, 800);
    window.show();
    QTest::qWait(50);
    save(window, folder, "beneficiaires");

    NewBeneficiaryDialog dialog(caseFiles, &window);
    dialog.findChild<QLineEdit*>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Élodie"));
    dialog.submit(); // shows the message under the empty last name
    dialog.show();
    save(dialog, folder, "nouveau-beneficiaire");
    dialog.hide();

    window.openCaseFile(1);
    const char* const tabs[] = {"dossier-situation", "dossier-attitude", "dossier-methodes",
                                "dossier-plan", "dossier-indicateurs", "dossier-suivi"};
    for (int i = 0; i < 6; ++i) {
        window.caseFileView()->showSection(i);
        save(window, folder, tabs[i]);
    }
    window.closeCaseFile();

    window.showPlace(MainWindow::ReferenceCases);
    window.referenceLibrary()->showCase(3);
    save(window, folder, "cas-reference");
    window.referenceLibrary()->view()->showSection(1);
    save(window, folder, "cas-reference-attitude");
    window.referenceLibrary()->view()->showSection(5);
    save(window, folder, "cas-reference-annexe1");
    return 0;
}
