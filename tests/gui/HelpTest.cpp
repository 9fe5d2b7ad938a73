// F1 opens the French user guide inside Trame, with its screenshots fitted to the window, and finds
// words in it.
#include "shell/HelpWindow.h"

#include "gui/GuiFixture.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <vector>

TEST_CASE_METHOD(GuiFixture, "F1 opens the user guide with its pictures, and the guide finds what is typed",
                 "[gui][help]")
{
    MainWindow window(*workspace, clock, counsellor);
    window.show();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F1);
    auto* help = window.findChild<HelpWindow*>();
    REQUIRE(help);
    CHECK(help->isVisible());
    QTextBrowser* browser = help->browser();
    const QString text = browser->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Guide de l'utilisateur")));
    for (const char* part : {"Documents à remettre et à classer", "Agenda", "Cas de référence", "Administration"})
        CHECK(text.contains(QString::fromUtf8(part)));
    // A screenshot of the guide is there, from the program's own resources.
    const QVariant image =
        browser->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/document-plan.png")));
    CHECK_FALSE(image.value<QImage>().isNull());
    CHECK(help->find(QStringLiteral("Ctrl+P")));
    CHECK(browser->textCursor().selectedText() == QStringLiteral("Ctrl+P"));
    CHECK_FALSE(help->find(QStringLiteral("mot absent du guide")));
    CHECK(help->findChild<QLabel*>(QStringLiteral("notFound"))->isVisibleTo(help));
    CHECK(help->find(QStringLiteral("Convocation")));
    CHECK_FALSE(help->findChild<QLabel*>(QStringLiteral("notFound"))->isVisibleTo(help));
    // F1 again brings the same window forward, not a second one.
    QTest::keyClick(&window, Qt::Key_F1);
    CHECK(window.findChildren<HelpWindow*>().size() == 1);
}

TEST_CASE_METHOD(GuiFixture, "The guide's screenshots fit the help window's width", "[gui][help]")
{
    HelpWindow help;
    help.resize(700, 600);
    help.show();
    REQUIRE(QTest::qWaitForWindowExposed(&help));
    QTextBrowser* browser = help.browser();
    QApplication::processEvents();
    // Pictures 1,280 pixels wide, in a page of about 650: no line scrolls sideways.
    CHECK(browser->horizontalScrollBar()->maximum() == 0);
    const auto widths = [browser] {
        std::vector<qreal> found;
        for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (const QTextImageFormat image = it.fragment().charFormat().toImageFormat(); image.isValid())
                    found.push_back(image.width());
        return found;
    };
    const std::vector<qreal> narrow = widths();
    REQUIRE(narrow.size() > 20);
    for (qreal width : narrow)
        CHECK(width <= browser->viewport()->width());
    // Wider than the pictures, they come back to their own size.
    help.resize(1600, 600);
    QApplication::processEvents();
    CHECK(browser->horizontalScrollBar()->maximum() == 0);
    const std::vector<qreal> wide = widths();
    CHECK(*std::max_element(wide.begin(), wide.end()) > narrow.front());
}
