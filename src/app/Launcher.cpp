#include "Launcher.h"

#include "AppOptions.h"
#include "ErrorText.h"
#include "MainWindow.h"
#include "Translations.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QScreen>

void describeApplication(QApplication& app)
{
    app.setApplicationName(QStringLiteral("Trame"));
    app.setApplicationVersion(QStringLiteral(TRAME_VERSION));
    app.setDesktopFileName(QStringLiteral("trame"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/trame.png")));
}

int launchTrame(QApplication& app)
{
    describeApplication(app);
    Translations::install(AppOptions::languageFrom(app.arguments()));
    const AppOptions options = AppOptions::parse(app.arguments());

    const QString path = options.databasePath.isEmpty() ? defaultDatabasePath() : options.databasePath;
    auto workspace = trame::services::Workspace::open(path.toStdString());
    if (!workspace) {
        QMessageBox::critical(nullptr, QObject::tr("Trame cannot open its database"),
                              QObject::tr("The file %1 could not be opened:\n%2")
                                  .arg(path, ErrorText::of(workspace.error())));
        return 1;
    }
    trame::services::SystemClock clock;
    trame::services::CaseFiles caseFiles(**workspace, clock);
    MainWindow window(**workspace, caseFiles);
    // Fill a small office screen; stay at a comfortable size on a large one.
    if (const QScreen* screen = app.primaryScreen())
        window.resize(screen->availableGeometry().size().boundedTo(QSize(1440, 900)));
    window.show();
    return app.exec();
}
