#pragma once

#include <QString>
#include <QVariant>

#include <memory>
#include <string>

class QSettings;

// What a user arranged, kept between sessions in their own settings file (Qt's, under
// ~/.config/Trame/Trame.conf) and under their login, so that two people sharing a workstation
// account each find theirs: the window's size and panels, the case file's splitter and the section
// last read, the reminder delay. Nothing about a person is kept there.
namespace UserPreferences {

std::unique_ptr<QSettings> settings();
// `login` empty: the guide read without an account.
QVariant value(const std::string& login, const QString& name, const QVariant& fallback = {});
void setValue(const std::string& login, const QString& name, const QVariant& value);

// Off in the GUI tests, where one test's arrangement must not become the next one's start; the
// tests of the preferences turn them on.
void setEnabled(bool enabled);
bool enabled();

} // namespace UserPreferences
