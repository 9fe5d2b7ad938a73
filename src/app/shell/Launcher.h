#pragma once

#include <QString>

#include <memory>

class QApplication;
namespace trame::services {
class Clock;
class Workspace;
} // namespace trame::services

// Everything main() does once QApplication exists: options, translation, database, window.
// Returns the process exit status.
int launchTrame(QApplication& app);

// Sets the application's name, version and icon; shared with the GUI tests.
void describeApplication(QApplication& app);

// Opens the database at `path`. When it is damaged and an automatic backup exists, asks (through
// MessageBox) whether to restore the latest one, keeping the damaged file beside it. Null when
// the file stays closed; the user has been told why.
std::unique_ptr<trame::services::Workspace> openOrRestore(const QString& path, const trame::services::Clock& clock);
