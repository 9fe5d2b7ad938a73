#include "shell/Launcher.h"

#include "common/AppClock.h"
#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/MessageBox.h"
#include "common/Tones.h"
#include "services/Accounts.h"
#include "services/Backups.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "signin/LoginDialog.h"
#include "signin/PasswordDialog.h"

#include <QApplication>
#include <QDateTime>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>

using namespace trame;

void describeApplication(QApplication& app)
{
    app.setApplicationName(QStringLiteral("Trame"));
    app.setApplicationVersion(QStringLiteral(TRAME_VERSION));
    app.setDesktopFileName(QStringLiteral(TRAME_APP_ID));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/trame.png")));
    Tones::install(app);
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

// Opens the file; when it is damaged and an automatic backup exists, offers to restore the
// latest one (the damaged file is kept beside it) and opens that instead.
std::unique_ptr<services::Workspace> openOrRestore(const QString& path, const services::Clock& clock)
{
    auto workspace = services::Workspace::open(ss(path));
    if (workspace)
        return std::move(workspace).value();
    const Error error = workspace.error();
    auto found = services::listBackups(ss(path));
    if (error.kind == ErrorKind::Corrupt && found && !found->empty()) {
        const services::BackupInfo& latest = found->front();
        const QString when = QLocale().toString(toQDateTime(latest.takenAt).toLocalTime(), QLocale::LongFormat);
        const auto answer = MessageBox::question(
            nullptr, QObject::tr("Trame cannot open its database"),
            QObject::tr("The file %1 is damaged:\n%2\n\nRestore the latest automatic backup, of %3? The damaged "
                        "file is kept beside it; what was saved after the backup is not in it.")
                .arg(path, ErrorText::of(error), when),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            auto restored = services::restoreBackup(ss(path), latest.path, clock);
            if (restored) {
                if (auto reopened = services::Workspace::open(ss(path)))
                    return std::move(reopened).value();
            } else {
                MessageBox::warning(nullptr, QObject::tr("Trame"), ErrorText::of(restored.error()),
                                    ErrorText::details(restored.error()));
                return nullptr;
            }
        }
        return nullptr;
    }
    MessageBox::critical(nullptr, QObject::tr("Trame cannot open its database"),
                         QObject::tr("The database %1 could not be opened:\n%2")
                             .arg(qs(services::shownLocation(ss(path))), ErrorText::of(error)));
    return nullptr;
}

int launchTrame(QApplication& app)
{
    describeApplication(app);
    Translations::install(AppOptions::languageFrom(app.arguments()));
    const AppOptions options = AppOptions::parse(app.arguments());

    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    services::SystemClock clock;
    AppClock::set(&clock);
    std::unique_ptr<services::Workspace> workspace = openOrRestore(path, clock);
    if (!workspace)
        return 1;
    // A copy a day, taken at the first start of the day; another at every closing.
    static_cast<void>(services::rotateBackups(*workspace, clock, false));
    const auto backUpOnExit = [&](int status) {
        if (workspace)
            static_cast<void>(services::rotateBackups(*workspace, clock, true));
        return status;
    };
    auto accounts = std::make_unique<services::Accounts>(*workspace, clock);
    if (!ensureAdministrator(*accounts))
        return backUpOnExit(0);

    // Sign in, work, and sign in again after a sign-out; another user unlocking the window
    // opens theirs directly; an administrator's restore reopens the file and signs in again.
    std::optional<services::Actor> next;
    while (true) {
        std::optional<services::Actor> user = next;
        next.reset();
        if (!user) {
            LoginDialog login(*accounts);
            const int outcome = login.exec();
            if (outcome == LoginDialog::Quit)
                return backUpOnExit(0);
            if (outcome == LoginDialog::SignedIn)
                user = login.actor();
        }
        bool again = false;
        std::optional<std::string> restoreFrom;
        {
            MainWindow window(*workspace, clock, user);
            QObject::connect(&window, &MainWindow::userSwitched, &window, [&](const services::Actor& actor) {
                next = actor;
                again = true;
            });
            QObject::connect(&window, &MainWindow::signedOut, &window, [&] { again = true; });
            QObject::connect(&window, &MainWindow::restoreRequested, &window, [&](const QString& backup) {
                restoreFrom = ss(backup);
                again = true;
            });
            // Fill a small office screen; stay at a comfortable size on a large one.
            if (const QScreen* screen = app.primaryScreen())
                window.resize(screen->availableGeometry().size().boundedTo(QSize(1440, 900)));
            window.show();
            const int status = app.exec();
            if (!again)
                return backUpOnExit(status);
        }
        if (restoreFrom) {
            // The file must be closed to be replaced; the replaced one is kept beside it.
            workspace.reset();
            auto restored = services::restoreBackup(ss(path), *restoreFrom, clock);
            if (!restored)
                MessageBox::warning(nullptr, QObject::tr("Trame"), ErrorText::of(restored.error()),
                                    ErrorText::details(restored.error()));
            workspace = openOrRestore(path, clock);
            if (!workspace)
                return 1;
            accounts = std::make_unique<services::Accounts>(*workspace, clock);
        }
    }
}
