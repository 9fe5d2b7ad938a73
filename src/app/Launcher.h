#pragma once

#include <QString>

class QApplication;

// Everything main() does once QApplication exists: options, translation, database, window.
// Returns the process exit status.
int launchTrame(QApplication& app);

// Sets the application's name, version and icon; shared with the GUI tests.
void describeApplication(QApplication& app);
