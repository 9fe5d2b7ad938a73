#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class PasswordDialog;
}

// Every form that sets a password: the first administrator, a new account, an administrator's
// reset, and a user changing their own. The caller says what to do with the fields; the dialog
// stays open, with the reason, until that succeeds or the user cancels.
class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    enum Mode { FirstAdministrator, NewAccount, Reset, Change };
    struct Fields {
        QString login;
        QString name;
        trame::Role role = trame::Role::Counsellor;
        QString current;
        QString password;
    };
    using Action = std::function<trame::Status(const Fields&)>;

    PasswordDialog(Mode mode, Action action, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    void setIntro(const QString& text);
    Fields fields() const;
    // What went wrong on the last attempt, as shown; empty after success.
    QString errorText() const;
    // Fills the fields and presses OK: for tests and the screenshot tour.
    bool submit(const Fields& fields);

private:
    bool trySubmit();

    std::unique_ptr<Ui::PasswordDialog> m_ui;
    Mode m_mode;
    Action m_action;
};
