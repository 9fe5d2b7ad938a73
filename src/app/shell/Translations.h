#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {

// Installs Trame's and Qt's own translations for `language` ("fr" or "en") on the application,
// replacing any installed before, and makes it the default locale for dates and numbers.
// Returns false when Trame's translation for that language is missing.
bool install(const QString& language);

} // namespace Translations
