// With the system font at 150 % and 200 %, nothing of the main screens is cut: every label and
// button shown is as wide as its text needs, the navigation shows its places whole, and a text
// box keeps room for lines of the larger text.
#include "casefile/CaseFileView.h"
#include "common/MessageBox.h"
#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTest>

namespace {

// What is cut on the window's visible widgets, one line each.
QStringList clipped(QWidget& window)
{
    QStringList cut;
    const auto name = [](const QWidget* w) {
        return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    };
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->isVisibleTo(&window) && !label->wordWrap() && !label->text().isEmpty() &&
            label->width() < label->minimumSizeHint().width())
            cut << name(label) + QStringLiteral(": ") + label->text();
    for (QAbstractButton* button : window.findChildren<QAbstractButton*>())
        if (button->isVisibleTo(&window) && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            cut << name(button) + QStringLiteral(": ") + button->text();
    for (QListWidget* list : window.findChildren<QListWidget*>())
        if (list->isVisibleTo(&window))
            for (int row = 0; row < list->count(); ++row)
                if (!list->item(row)->isHidden() &&
                    list->visualItemRect(list->item(row)).right() > list->viewport()->width())
                    cut << name(list) + QStringLiteral(": ") + list->item(row)->text();
    for (QPlainTextEdit* edit : window.findChildren<QPlainTextEdit*>())
        if (edit->isVisibleTo(&window) && edit->maximumHeight() < 2 * edit->fontMetrics().lineSpacing())
            cut << name(edit) + QStringLiteral(": room for less than two lines");
    return cut;
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "At 150 and 200 percent of the font the main screens cut nothing", "[gui][fonts]")
{
    Translations::install(QStringLiteral("fr"));
    MessageBox::setNonInteractive(true);
    const QFont before = QApplication::font();
    const auto id = caseFiles.create([] {
        trame::Beneficiary b;
        b.firstName = "Élodie";
        b.lastName = "Martin";
        return b;
    }());
    REQUIRE(id.ok());
    for (const double scale : {1.5, 2.0}) {
        DYNAMIC_SECTION("font at " << scale * 100 << " %")
        {
            QFont large = before;
            large.setPointSizeF(before.pointSizeF() * scale);
            QApplication::setFont(large);
            MainWindow window(*workspace, clock, counsellor);
            window.resize(1280, 800);
            window.show();
            REQUIRE(QTest::qWaitForWindowExposed(&window));
            for (auto place : {MainWindow::Beneficiaries, MainWindow::Agenda, MainWindow::ReferenceCases}) {
                window.showPlace(place);
                QTest::qWait(10);
                INFO("place " << place);
                CHECK(clipped(window).join(QLatin1Char('\n')).toStdString() == "");
            }
            window.openCaseFile(*id);
            for (int section = 0; section < 8; ++section) {
                window.caseFileView()->showSection(section);
                QTest::qWait(10);
                INFO("case file section " << section);
                CHECK(clipped(window).join(QLatin1Char('\n')).toStdString() == "");
            }
        }
    }
    QApplication::setFont(before);
    Translations::install(QStringLiteral("en"));
}
