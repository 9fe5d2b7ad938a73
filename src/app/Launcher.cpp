#include "Launcher.h"

#include "AppOptions.h"
#include "ErrorText.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PasswordDialog.h"
#include "Translations.h"
#include "Conversions.h"
#include "services/Accounts.h"
#include "services/Clock.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>

using namespace trame;

void describeApplication(QApplication& app)
{
    app.setApplicationName(QStringLiteral("Trame"));
    app.setApplicationVersion(QStringLiteral(TRAME_VERSION));
    app.setDesktopFileName(QStringLiteral("trame"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/trame.png")));
}

namespace {

// The first start: the administrator's account, before anything else.
bool ensureAdministrator(services::Accounts& accounts)
{
    auto any = accounts.hasAccounts();
    if (any && *any)
        return true;
    PasswordDialog dialog(PasswordDialog::FirstAdministrator, [&accounts](const PasswordDialog::Fields& f) -> Status {
        auto actor = accounts.createFirstAdministrator({ss(f.login), ss(f.name), Role::Administrator, ss(f.password)});
        return actor ? Status(Ok{}) : Status(actor.error());
    });
    return dialog.exec() == QDialog::Accepted;
}

} // namespace

int launchTrame(QApplication& app)
{
    describeApplication(app);
    Translations::install(AppOptions::languageFrom(app.arguments()));
    const AppOptions options = AppOptions::parse(app.arguments());

    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    auto workspace = services::Workspace::open(path.toStdString());
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("Trame cannot open its database"),
                              QObject::tr("The file %1 could not be opened:\n%2")
                                  .arg(path, ErrorText::of(workspace.error())));
        return 1;
    }
    services::SystemClock clock;
    services::Accounts accounts(**workspace, clock);
    if (!ensureAdministrator(accounts))
        return 0;

    // Sign in, work, and sign in again after a sign-out; another user unlocking the window
    // opens theirs directly.
    std::optional<services::Actor> next;
    while (true) {
        std::optional<services::Actor> user = next;
        next.reset();
        if (!user) {
            LoginDialog login(accounts);
            const int outcome = login.exec();
            if (outcome == LoginDialog::Quit)
                return 0;
            if (outcome == LoginDialog::SignedIn)
                user = login.actor();
        }
        bool again = false;
        MainWindow window(**workspace, clock, user);
        QObject::connect(&window, &MainWindow::userSwitched, &window, [&](const services::Actor& actor) {
            next = actor;
            again = true;
        });
        QObject::connect(&window, &MainWindow::signedOut, &window, [&] { again = true; });
        // Fill a small office screen; stay at a comfortable size on a large one.
        if (const QScreen* screen = app.primaryScreen())
            window.resize(screen->availableGeometry().size().boundedTo(QSize(1440, 900)));
        window.show();
        const int status = app.exec();
        if (!again)
            return status;
    }
}
