#include "Launcher.h"

#include "AppOptions.h"
#include "MainWindow.h"
#include "Translations.h"
#include "services/Workspace.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>

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
                                  .arg(path, QString::fromStdString(workspace.error().message)));
        return 1;
    }
    MainWindow window(**workspace);
    window.show();
    return app.exec();
}
