#include "shell/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

namespace {
QTranslator* trameTranslator = nullptr;
QTranslator* qtTranslator = nullptr;

void remove(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}
} // namespace

bool install(const QString& language)
{
    remove(trameTranslator);
    remove(qtTranslator);
    const QLocale locale = language == QLatin1String("fr") ? QLocale(QLocale::French, QLocale::France)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (language == QLatin1String("en"))
        return true; // the source strings are English

    trameTranslator = new QTranslator(QCoreApplication::instance());
    if (!trameTranslator->load(locale, QStringLiteral("trame"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        remove(trameTranslator);
        return false;
    }
    QCoreApplication::installTranslator(trameTranslator);

    // Qt's own strings (standard buttons, context menus); optional: the package may be absent.
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        remove(qtTranslator);
    return true;
}

} // namespace Translations
