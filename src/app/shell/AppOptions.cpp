#include "shell/AppOptions.h"

#include "services/AppPaths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

QString AppOptions::languageFrom(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QStringLiteral("fr");
}

AppOptions AppOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Trame: case files for job-integration counsellors."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("AppOptions", "Open the database file <path>, or a team's PostgreSQL server "
                                                  "(postgresql://ROLE:PASSWORD@HOST/DATABASE, from server init)."),
        QCoreApplication::translate("AppOptions", "path"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("AppOptions", "Language of the interface: fr (default) or en."),
        QCoreApplication::translate("AppOptions", "language"), QStringLiteral("fr"));
    parser.addOption(db);
    parser.addOption(lang);
    parser.process(arguments);

    AppOptions options;
    options.databasePath = parser.value(db);
    options.language = parser.value(lang);
    if (!supportedLanguages().contains(options.language)) {
        const QString message =
            QCoreApplication::translate("AppOptions", "Unknown language '%1': use fr or en.").arg(options.language);
        fputs(qPrintable(message + QLatin1Char('\n')), stderr);
        ::exit(2);
    }
    return options;
}

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // Its failure shows when the file is opened, with the path.
    (void)trame::services::makePrivateDataFolder(folder.toStdString());
    return QDir(folder).filePath(QStringLiteral("trame.sqlite"));
}
