#include "documents/GuiSession.h"

#include <QGuiApplication>

namespace trame::documents {

namespace {
int g_argc = 1;
char g_name[] = "trame-documents";
char* g_argv[] = {g_name, nullptr};
QGuiApplication* g_app = nullptr;

// Qt's own notices (a missing runtime folder, the offscreen platform's limits) are not the
// command's output: while the session lives, they are not printed.
void quiet(QtMsgType, const QMessageLogContext&, const QString&) {}
} // namespace

GuiSession::GuiSession()
{
    if (QCoreApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qInstallMessageHandler(quiet);
    g_app = new QGuiApplication(g_argc, g_argv);
    m_owned = true;
}

GuiSession::~GuiSession()
{
    if (m_owned) {
        delete g_app;
        g_app = nullptr;
        qInstallMessageHandler(nullptr);
    }
}

} // namespace trame::documents
