#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AdministrationPage;
}
class AccountsTab;
class BackupsTab;
class DataRightsTab;
class ReferentialsTab;
class LetterheadTab;

// The administrator's place, one tab per task: accounts and the lock delay, the people's data
// rights, backups, the lists of a support period. No case file is shown here, only numbers.
class AdministrationPage : public QWidget {
    Q_OBJECT
public:
    explicit AdministrationPage(AdministrationContext context, QWidget* parent = nullptr);
    ~AdministrationPage() override;

    void refresh();
    AccountsTab& accounts() const { return *m_accounts; }
    DataRightsTab& rights() const { return *m_rights; }
    BackupsTab& backups() const { return *m_backups; }
    ReferentialsTab& referentials() const { return *m_referentials; }
    LetterheadTab& letterhead() const { return *m_letterhead; }

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);
    void restoreRequested(const QString& backupPath);

private:
    std::unique_ptr<Ui::AdministrationPage> m_ui;
    AccountsTab* m_accounts;
    DataRightsTab* m_rights;
    BackupsTab* m_backups;
    ReferentialsTab* m_referentials;
    LetterheadTab* m_letterhead;
};
