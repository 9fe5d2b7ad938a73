#pragma once

#include <QString>
#include <QStringList>

// What the application's command line asked for.
struct AppOptions {
    QString databasePath; // empty: the default file in QStandardPaths::AppDataLocation
    QString language = QStringLiteral("fr");

    // The language is needed before the translated --help can be built, so it is read first.
    static QString languageFrom(const QStringList& arguments);
    // Full parse with QCommandLineParser; --help and --version print and exit the process.
    static AppOptions parse(const QStringList& arguments);

    static QStringList supportedLanguages() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
};

// The default database file, creating its folder when needed.
QString defaultDatabasePath();
