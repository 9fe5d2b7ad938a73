// Alt+letter reaches one control only: in French, no two visible controls of one window (menu bar
// included) share a mnemonic, on every place, every section of a case file and every tab of the
// administration. Checked on what is shown, as a person presses the keys.
#include "administration/AdministrationPage.h"
#include "casefile/CaseFileView.h"
#include "gui/GuiFixture.h"
#include "references/ReferenceLibraryPage.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "support/Samples.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace trame;

namespace {

// The letter after a single '&', lower-cased; none for "&&" or no '&'.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

// Every visible control of `window` that answers Alt+letter, by its letter.
QStringList collisions(QWidget& window)
{
    QApplication::processEvents();
    QMap<QChar, QStringList> byLetter;
    const auto add = [&](const QString& text) {
        if (const QChar letter = mnemonicOf(text); !letter.isNull())
            byLetter[letter] << text;
    };
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text());
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy())
            add(label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title());
        else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i) && tabs->isTabEnabled(i))
                    add(tabs->tabText(i));
        } else if (auto* menus = qobject_cast<QMenuBar*>(widget)) {
            for (QAction* menu : menus->actions())
                if (menu->isVisible())
                    add(menu->text());
        }
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it)
        if (it.value().size() > 1)
            found << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    return found;
}

void checkScreen(QWidget& window, const char* screen)
{
    const QStringList found = collisions(window);
    INFO(screen << ": " << found.join(QStringLiteral("; ")).toStdString());
    CHECK(found.isEmpty());
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "No two visible controls of a screen share a mnemonic, in French", "[gui][keyboard]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Benali").person).value();
    {
        MainWindow window(*workspace, clock, counsellor);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        checkScreen(window, "list of beneficiaries");
        window.showPlace(MainWindow::Agenda);
        checkScreen(window, "agenda");
        window.showPlace(MainWindow::ReferenceCases);
        checkScreen(window, "reference cases");
        for (int section = 0; section < 6; ++section) {
            window.referenceLibrary()->view()->showSection(section);
            checkScreen(window, ("reference case, section " + std::to_string(section + 1)).c_str());
        }
        window.showPlace(MainWindow::Beneficiaries);
        window.openCaseFile(id);
        for (int section = 0; section < 8; ++section) {
            window.caseFileView()->showSection(section);
            checkScreen(window, ("case file, section " + std::to_string(section + 1)).c_str());
        }
    }
    {
        const auto supervisor = signInAs(*workspace, clock, Role::Supervisor, "sup");
        MainWindow window(*workspace, clock, supervisor);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (auto [place, name] : {std::pair{MainWindow::Review, "review queue"}, std::pair{MainWindow::Audit, "audit"},
                                   std::pair{MainWindow::Agenda, "supervisor's agenda"}}) {
            window.showPlace(place);
            checkScreen(window, name);
        }
    }
    {
        const auto admin = signInAs(*workspace, clock, Role::Administrator, "admin");
        MainWindow window(*workspace, clock, admin);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPlace(MainWindow::Administration);
        auto* tabs = window.administrationPage()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            checkScreen(window, ("administration, tab " + tabs->tabText(tab).toStdString()).c_str());
        }
    }
    Translations::install(QStringLiteral("en"));
}
