// Every control of a screen is reached with Tab, one after the other in the order a person reads
// (down the page, a column at a time), Tab never stays caught in a field, and a button nobody can
// tab to has a shortcut. Walked from the keyboard in French on every place, every section of a case
// file and every tab of the administration.
#include "administration/ExitReasonDialog.h"
#include "administration/ProgrammeDialog.h"
#include "appointments/AppointmentDialog.h"
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "gui/GuiFixture.h"
#include "gui/ScreenWalk.h"
#include "periods/CloseDialog.h"
#include "periods/EntryDialog.h"
#include "periods/PauseDialog.h"
#include "services/Accounts.h"
#include "services/Appointments.h"
#include "services/SupportPeriods.h"
#include "shell/Translations.h"
#include "signin/LoginDialog.h"
#include "signin/PasswordDialog.h"
#include "support/Samples.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QSet>
#include <QTabWidget>
#include <QTest>

#include <QToolButton>
#include <algorithm>

using namespace trame;

namespace {

// A control a person can land on with Tab, as Qt decides it.
bool tabbable(const QWidget* w)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    // The editors inside a spin box, a combo box or a table belong to them.
    for (const QWidget* up = w->parentWidget(); up; up = up->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(up) || qobject_cast<const QComboBox*>(up) ||
            qobject_cast<const QAbstractItemView*>(up))
            return false;
    return true;
}

// The control the focus stands for: the spin box rather than its line edit.
QWidget* controlOf(QWidget* focused, const QSet<QWidget*>& controls)
{
    for (QWidget* w = focused; w; w = w->parentWidget())
        if (controls.contains(w))
            return w;
    return focused;
}

QString nameOf(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (name.isEmpty())
        name = w->toolTip();
    if (name.isEmpty() && w->parentWidget())
        name = QStringLiteral("in ") + QString::fromLatin1(w->parentWidget()->metaObject()->className()) +
               QLatin1Char(' ') + w->parentWidget()->objectName();
    return QStringLiteral("%1 « %2 »").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

struct Walk {
    QStringList problems;
    QList<QWidget*> order;
};

// Tab from the first control until the focus comes back to it.
Walk walkTabs(QWidget& window)
{
    Walk walk;
    QApplication::processEvents();
    QSet<QWidget*> controls;
    QList<QWidget*> all;
    for (QWidget* w : window.findChildren<QWidget*>())
        if (tabbable(w)) {
            controls.insert(w);
            all << w;
        }
    if (all.isEmpty())
        return walk;
    all.first()->setFocus(Qt::TabFocusReason);
    QWidget* start = controlOf(QApplication::focusWidget(), controls);
    QWidget* previous = start;
    walk.order << start;
    int stayed = 0;
    for (int press = 0; press < 6000; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = controlOf(QApplication::focusWidget(), controls);
        if (!now || now->window() != &window) {
            walk.problems << QStringLiteral("Tab leaves the window after %1").arg(nameOf(previous));
            break;
        }
        if (now == start)
            break;
        if (now == previous) {
            // A table moves from cell to cell and a label from link to link before Tab leaves
            // them; a field that keeps the focus for good has caught Tab.
            if (++stayed > 300) {
                walk.problems << QStringLiteral("Tab stays in %1").arg(nameOf(now));
                break;
            }
            continue;
        }
        stayed = 0;
        if (walk.order.contains(now)) {
            walk.problems << QStringLiteral("Tab comes back to %1 before the end").arg(nameOf(now));
            break;
        }
        walk.order << now;
        previous = now;
    }
    for (QWidget* w : all)
        if (!walk.order.contains(w))
            walk.problems << QStringLiteral("never reached: %1").arg(nameOf(w));
    return walk;
}

// A jump up the window is against reading order (down a column, then the next column to the
// right) unless it goes to a column on the right; the return from the last control to the first
// is the cycle's, not a jump.
QStringList readingOrder(const QList<QWidget*>& order)
{
    QStringList found;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const QRect a(order[i - 1]->mapToGlobal(QPoint()), order[i - 1]->size());
        const QRect b(order[i]->mapToGlobal(QPoint()), order[i]->size());
        if (b.bottom() < a.top() && b.left() < a.right())
            found << QStringLiteral("%1 then %2").arg(nameOf(order[i - 1]), nameOf(order[i]));
    }
    return found;
}

// A button that Tab never lands on must answer a key: its own, its mnemonic, or its action's (a
// toolbar's buttons are its actions').
bool answersAKey(const QAbstractButton* b)
{
    if (!b->shortcut().isEmpty() || b->text().contains(QLatin1Char('&')))
        return true;
    const auto* tool = qobject_cast<const QToolButton*>(b);
    return tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty();
}

QStringList unreachableButtons(QWidget& window)
{
    QStringList found;
    for (QAbstractButton* b : window.findChildren<QAbstractButton*>())
        if (b->isVisible() && b->isEnabled() && !(b->focusPolicy() & Qt::TabFocus) && !answersAKey(b) &&
            !qobject_cast<QAbstractItemView*>(b->parentWidget()))
            found << nameOf(b);
    return found;
}

void checkScreen(QWidget& window, const char* screen)
{
    const Walk walk = walkTabs(window);
    INFO(screen << ": " << walk.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(walk.problems.isEmpty());
    const QStringList backwards = readingOrder(walk.order);
    INFO(screen << ", against reading order: " << backwards.join(QStringLiteral("; ")).toStdString());
    CHECK(backwards.isEmpty());
    const QStringList buttons = unreachableButtons(window);
    INFO(screen << ", buttons with neither Tab nor a key: " << buttons.join(QStringLiteral("; ")).toStdString());
    CHECK(buttons.isEmpty());
}

} // namespace

TEST_CASE_METHOD(GuiFixture, "Tab reaches every control of a screen in reading order", "[gui][keyboard]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    walkEveryScreen(*this, [](QWidget& window, const char* screen) { checkScreen(window, screen); });
    Translations::install(QStringLiteral("en"));
}

TEST_CASE_METHOD(GuiFixture, "Tab reaches every field of the dialogs in reading order", "[gui][keyboard]")
{
    REQUIRE(Translations::install(QStringLiteral("fr")));
    const std::int64_t id = caseFiles.create(sampleRecord(0, "Benali").person).value();
    const Date today = clock.today();
    services::SupportPeriods periods(*workspace, clock, counsellor);
    services::Appointments appointments(*workspace, clock, counsellor);
    services::Accounts accounts(*workspace, clock);
    const auto walk = [](QDialog& dialog, const char* name) {
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        checkScreen(dialog, name);
    };
    {
        NewBeneficiaryDialog dialog(caseFiles);
        walk(dialog, "new beneficiary");
    }
    {
        Appointment next;
        next.beneficiaryId = id;
        next.start = {today, 10 * 60};
        AppointmentDialog dialog(appointments, next, today);
        walk(dialog, "appointment");
    }
    {
        PauseDialog dialog(periods, id, today);
        walk(dialog, "pause");
    }
    {
        CloseDialog dialog(periods, id, today);
        walk(dialog, "exit and bilan");
    }
    {
        const std::vector<SupportPeriod> history = periods.history(id).value();
        REQUIRE(!history.empty());
        EntryDialog dialog(periods, history.back(), EntryDialog::Correct, today);
        walk(dialog, "entry");
    }
    {
        const auto admin = signInAs(*workspace, clock, Role::Administrator, "admin");
        services::SupportPeriods administered(*workspace, clock, admin);
        ProgrammeDialog programme(administered, Programme{});
        walk(programme, "programme");
        ExitReasonDialog reason(administered, ExitReason{});
        walk(reason, "exit reason");
    }
    {
        LoginDialog dialog(accounts);
        walk(dialog, "sign-in");
    }
    {
        PasswordDialog dialog(PasswordDialog::NewAccount, [](const PasswordDialog::Fields&) { return Status(Ok{}); });
        walk(dialog, "new account");
    }
    Translations::install(QStringLiteral("en"));
}
