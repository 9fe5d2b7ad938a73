#pragma once

// A counsellor's window on a new person's case file, shown and active, for the GUI tests that
// type into it (TypingTest, InterviewTypingTest).
#include "casefile/CaseFileView.h"
#include "casefile/ListEditor.h"
#include "common/AutoSaver.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QTableView>
#include <QTest>

enum Section { Situation, Attitude, Methods, Plan, Indicators, FollowUp };

// A counsellor's window on a new person's case file, shown and active, so that keys reach it.
struct TypingFixture : GuiFixture {
    using Beneficiary = trame::Beneficiary;
    using CaseFile = trame::CaseFile;
    std::int64_t id = caseFiles.create(newPerson()).value();
    MainWindow window{*workspace, clock, counsellor};

    TypingFixture()
    {
        Translations::install(QStringLiteral("fr"));
        MessageBox::setNonInteractive(true);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        window.openCaseFile(id);
    }
    ~TypingFixture() { Translations::install(QStringLiteral("en")); }

    static Beneficiary newPerson()
    {
        Beneficiary b;
        b.firstName = "Élodie";
        b.lastName = "Martin";
        b.phone = "06 12 34 56 78";
        return b;
    }

    CaseFileView& view() { return *window.caseFileView(); }
    ListEditor& list(const char* name)
    {
        auto* editor = view().findChild<ListEditor*>(QString::fromLatin1(name));
        REQUIRE(editor);
        return *editor;
    }
    // Goes to a section and puts the keyboard in one of its tables.
    QTableView* focusTable(Section section, const char* name)
    {
        view().showSection(section);
        QTableView* table = list(name).table();
        table->setFocus();
        QTest::qWait(20);
        REQUIRE(table->hasFocus());
        return table;
    }
    CaseFile stored() { return caseFiles.open(id).value().caseFile; }
    // Past the autosave's delay, with the editor still open.
    static void pause() { QTest::qWait(AutoSaver::kDelayMs + 700); }
};
