// The Profile page: a counsellor corrects a phone number at a person's speed, without the mouse,
// and the correction is saved by itself, undone with Ctrl+Z, kept after a restart.
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiaryListModel.h"
#include "casefile/CaseFileDocument.h"
#include "gui/TypingFixture.h"
#include "gui/Typist.h"
#include "services/CaseFiles.h"
#include "services/SupportPeriods.h"
#include "support/Users.h"

#include <QComboBox>
#include <QLabel>
#include <QTableView>

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>

using namespace trame;

namespace {
constexpr int kProfile = 6;

QLineEdit* field(CaseFileView& view, const char* name)
{
    auto* edit = view.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    return edit;
}
} // namespace

TEST_CASE_METHOD(TypingFixture, "A phone number corrected on the Profile page is saved and undone", "[gui][profile]")
{
    view().showSection(kProfile);
    QLineEdit* phone = field(view(), "phoneEdit");
    phone->setFocus();
    phone->selectAll();
    Typist::type(QStringLiteral("07 98 76 54 32"));
    Typist::press(Qt::Key_Tab);
    Typist::type(QStringLiteral("elodie.martin@example.org"));
    pause();
    const Beneficiary saved = caseFiles.open(id).value().person;
    CHECK(saved.phone == "07 98 76 54 32");
    CHECK(saved.email == "elodie.martin@example.org");
    CHECK(saved.status == BeneficiaryStatus::Active);
    // The header shows the new number.
    CHECK(view().findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("07 98 76 54 32")));
    // Ctrl+Z undoes the e-mail, then the phone, and the undo is saved too.
    view().document()->undoStack()->undo();
    view().document()->undoStack()->undo();
    CHECK(phone->text() == QStringLiteral("06 12 34 56 78"));
    pause();
    CHECK(caseFiles.open(id).value().person.phone == "06 12 34 56 78");
}

TEST_CASE_METHOD(TypingFixture, "Languages typed with commas are kept as typed and stored trimmed", "[gui][profile]")
{
    view().showSection(kProfile);
    QLineEdit* languages = field(view(), "languagesEdit");
    languages->setFocus();
    Typist::type(QStringLiteral("français, arabe,"));
    pause(); // the autosave fires mid-list: the field keeps the comma being typed
    CHECK(languages->text() == QStringLiteral("français, arabe,"));
    Typist::type(QStringLiteral(" anglais"));
    pause();
    CHECK(languages->text() == QStringLiteral("français, arabe, anglais"));
    CHECK(caseFiles.open(id).value().person.languages == std::vector<std::string>{"français", "arabe", "anglais"});
}

TEST_CASE_METHOD(GuiFixture, "A supervisor reads the profile and cannot type in it", "[gui][profile]")
{
    const std::int64_t id = caseFiles.create(TypingFixture::newPerson()).value();
    MainWindow window{*workspace, clock, signInAs(*workspace, clock, Role::Supervisor, "sup")};
    window.openCaseFile(id);
    CaseFileView& view = *window.caseFileView();
    CHECK(view.document()->isPersonReadOnly());
    CHECK(field(view, "phoneEdit")->isReadOnly());
}

TEST_CASE_METHOD(GuiFixture, "A closed follow-up leaves the list and the status filter finds it", "[gui][periods]")
{
    const std::int64_t open = caseFiles.create(TypingFixture::newPerson()).value();
    const std::int64_t closed = caseFiles.create(TypingFixture::newPerson()).value();
    services::SupportPeriods periods(*workspace, clock, counsellor);
    Bilan bilan;
    bilan.text = "Embauchée en CDI.";
    REQUIRE(periods.close(closed, {clock.today(), "cdi", FseSituation::Employed}, bilan).ok());
    MainWindow window{*workspace, clock, counsellor};
    BeneficiariesPage* list = window.beneficiariesPage();
    auto* table = list->findChild<QTableView*>(QStringLiteral("table"));
    auto* filter = list->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    REQUIRE(table);
    REQUIRE(filter);
    CHECK(table->model()->rowCount() == 1); // the one under way
    filter->setCurrentIndex(filter->findData(QStringLiteral("closed")));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(qobject_cast<BeneficiaryListModel*>(table->model())->idAt(0) == closed);
    filter->setCurrentIndex(filter->findData(QString()));
    CHECK(table->model()->rowCount() == 2);
    (void)open;
}

TEST_CASE_METHOD(TypingFixture, "A mistyped e-mail is refused by name while the rest of the file is saved",
                 "[gui][profile]")
{
    view().showSection(kProfile);
    QLineEdit* email = field(view(), "emailEdit");
    email->setFocus();
    Typist::type(QStringLiteral("elodie.martin"));
    view().showSection(Situation);
    auto* problem = view().findChild<QPlainTextEdit*>(QStringLiteral("problemEdit"));
    problem->setFocus();
    Typist::type(QStringLiteral("Frein à la mobilité"));
    pause();
    // The case file is stored; the e-mail is not, and the window says which field and why.
    CHECK(stored().problemStatement == "Frein à la mobilité");
    CHECK(caseFiles.open(id).value().person.email.empty());
    const QString state = window.findChild<QLabel*>(QStringLiteral("saveState"))->text();
    CHECK(state.contains(
        QStringLiteral("Courriel\u00a0: «\u00a0elodie.martin\u00a0» n’est pas une adresse de courriel")));
    CHECK(email->text() == QStringLiteral("elodie.martin")); // what was typed stays, to be corrected
    view().showSection(kProfile);
    email->setFocus();
    email->end(false);
    Typist::type(QStringLiteral("@example.org"));
    pause();
    CHECK(caseFiles.open(id).value().person.email == "elodie.martin@example.org");
}
