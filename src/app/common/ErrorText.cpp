#include "common/ErrorText.h"

#include "common/Conversions.h"
#include "common/RuleWords.h"
#include "services/Accounts.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>

using trame::ErrorKind;

QString ErrorText::of(const trame::Error& error)
{
    if (error.kind == ErrorKind::Denied && error.message.rfind("this account is disabled", 0) == 0)
        return tr("Your account was disabled by an administrator: nothing more can be read or saved with it. "
                  "Sign out.");
    if (error.kind == ErrorKind::Denied && error.message.find("cannot connect to the server") != std::string::npos)
        return tr("The server refused this workstation: its address or password is no longer valid (each server "
                  "init gives a new one; ask the administrator).");
    if (isLostConnection(error))
        return tr("Connection to the server lost: what you typed is kept, and saved once the server answers.");
    QString sentence;
    switch (error.kind) {
    case ErrorKind::Invalid: sentence = tr("A value is not accepted."); break;
    case ErrorKind::NotFound: sentence = tr("The record no longer exists."); break;
    case ErrorKind::Conflict: sentence = tr("Someone else saved this record meanwhile."); break;
    case ErrorKind::Busy: sentence = tr("The database is in use by another program; try again in a moment."); break;
    case ErrorKind::Corrupt: sentence = tr("The database file is damaged."); break;
    case ErrorKind::TooNew: sentence = tr("The database file was written by a newer version of Trame."); break;
    case ErrorKind::Io: sentence = tr("The file cannot be written (full disk, read-only file or folder?)."); break;
    case ErrorKind::Denied: sentence = tr("You are not allowed to do this."); break;
    case ErrorKind::Internal: sentence = tr("Unexpected error."); break;
    }
    // A broken rule says which and why, in the person's words, for they can act on it. Any other
    // detail is technical, behind « Détails ».
    if (const QString rule = RuleWords::of(error); !rule.isEmpty())
        return sentence + QLatin1Char(' ') + rule + QLatin1Char('.');
    return sentence;
}

QString ErrorText::details(const trame::Error& error)
{
    return qs(error.describe());
}

void ErrorText::show(QLabel* label, const trame::Error& error, const QString& prefix)
{
    label->setText(prefix + of(error));
    label->setToolTip(details(error));
}

bool ErrorText::isLostConnection(const trame::Error& error)
{
    return error.kind == ErrorKind::Io && error.message.find("connection to the server was lost") != std::string::npos;
}

QString ErrorText::ofSignIn(const trame::Error& error)
{
    const std::string& message = error.message;
    if (error.kind != ErrorKind::Denied)
        return of(error);
    // The same words for an unknown login, a wrong password and a locked account (docs/security.md).
    if (message == "wrong login or password")
        return tr("Wrong login or password. After %1 failed attempts in a row, an account waits a few minutes "
                  "before it accepts another.")
            .arg(trame::services::signin::kFreeAttempts);
    if (message.rfind("this account is disabled", 0) == 0)
        return tr("This account is disabled: ask the administrator.");
    return of(error);
}
