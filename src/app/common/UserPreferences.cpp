#include "common/UserPreferences.h"

#include "common/Conversions.h"

#include <QSettings>

namespace UserPreferences {

namespace {
bool g_enabled = true;

QString keyOf(const std::string& login, const QString& name)
{
    return (login.empty() ? QStringLiteral("guide") : QStringLiteral("users/") + qs(login)) + QLatin1Char('/') + name;
}
} // namespace

std::unique_ptr<QSettings> settings()
{
    // Named here rather than through an organisation name, which would also move the data folder
    // that QStandardPaths gives.
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Trame"),
                                       QStringLiteral("Trame"));
}

QVariant value(const std::string& login, const QString& name, const QVariant& fallback)
{
    if (!g_enabled)
        return fallback;
    return settings()->value(keyOf(login, name), fallback);
}

void setValue(const std::string& login, const QString& name, const QVariant& value)
{
    if (g_enabled)
        settings()->setValue(keyOf(login, name), value);
}

void setEnabled(bool enabled)
{
    g_enabled = enabled;
}

bool enabled()
{
    return g_enabled;
}

} // namespace UserPreferences
