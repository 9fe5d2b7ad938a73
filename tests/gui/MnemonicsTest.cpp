// Alt+letter reaches one control only: in French, no two visible controls of one window (menu bar
// included) share a mnemonic, on every place, every section of a case file and every tab of the
// administration. Checked on what is shown, as a person presses the keys.
#include "gui/GuiFixture.h"
#include "gui/ScreenWalk.h"
#include "shell/Translations.h"

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
    walkEveryScreen(*this, [](QWidget& window, const char* screen) { checkScreen(window, screen); });
    Translations::install(QStringLiteral("en"));
}
