#include "casefile/CaseFileDocument.h"

#include "support/Samples.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace trame;

TEST_CASE("Edits are undoable and typing in one field merges into one step", "[gui][document]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    QSignalSpy changed(&document, &CaseFileDocument::changed);
    for (const char* text : {"S", "So", "Sou"})
        document.edit(
            QStringLiteral("typing"), [&](CaseFile& c) { c.situation = text; }, 7);
    CHECK(document.caseFile().situation == "Sou");
    CHECK(document.undoStack()->count() == 1);
    CHECK(changed.count() == 3);
    document.edit(
        QStringLiteral("other"), [](CaseFile& c) { c.problemStatement = "P"; }, 8);
    CHECK(document.undoStack()->count() == 2);
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(document.caseFile().situation == sampleRecord(1).caseFile.situation);
    document.undoStack()->redo();
    CHECK(document.caseFile().situation == "Sou");
}

TEST_CASE("An edit that changes nothing is not an undo step", "[gui][document]")
{
    CaseFileDocument document(sampleRecord(1).caseFile);
    CHECK_FALSE(document.edit(QStringLiteral("noop"), [](CaseFile&) {}));
    CHECK(document.undoStack()->count() == 0);
}

TEST_CASE("A read-only document refuses every edit", "[gui][document]")
{
    CaseFileDocument document(sampleRecord(1).caseFile, CaseFileDocument::ReadOnly);
    CHECK_FALSE(document.edit(QStringLiteral("x"), [](CaseFile& c) { c.situation = "changed"; }));
    CHECK(document.caseFile() == sampleRecord(1).caseFile);
}

TEST_CASE("Undo keeps the row version the store gave", "[gui][document]")
{
    CaseFile start = sampleRecord(1).caseFile;
    start.version = 1;
    CaseFileDocument document(start);
    document.edit(QStringLiteral("x"), [](CaseFile& c) { c.situation = "v2"; });
    CaseFile saved = document.caseFile();
    saved.version = 2; // as after an autosave
    document.reset(saved, false);
    document.undoStack()->undo();
    CHECK(document.caseFile().situation == start.situation);
    CHECK(document.caseFile().version == 2);
}
