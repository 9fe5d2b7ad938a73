// Runner for GUI tests: a QApplication on the offscreen platform, so that no display is needed
// (also when CTest discovers the tests at build time).
#include "common/MessageBox.h"
#include "common/UserPreferences.h"
#include "shell/Launcher.h"

#include "support/RunCatch.h"
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A private data folder: tests never touch the user's own Trame file.
    const QByteArray home = qgetenv("TRAME_TEST_HOME");
    if (!home.isEmpty()) {
        qputenv("XDG_DATA_HOME", home);
        qputenv("XDG_CONFIG_HOME", home + "/config"); // the users' preferences, as the data
    }
    QTemporaryDir runtime; // Qt wants a private runtime folder; CI machines may have none
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    describeApplication(app);
    MessageBox::setNonInteractive(true); // a question no test answered must not wait for a person
    UserPreferences::setEnabled(false);  // one test's arrangement is not the next one's start
    return runCatch(argc, argv);
}
