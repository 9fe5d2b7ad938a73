#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <QStandardItemModel>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class AdministrationPage;
}
struct UserSession;
namespace trame::services {
class Accounts;
class Workspace;
} // namespace trame::services

// The administrator's place: accounts and the lock delay; the people's data rights (export,
// erasure, retention) and backups. No case file is shown here, only numbers.
class AdministrationPage : public QWidget {
    Q_OBJECT
public:
    AdministrationPage(trame::services::Workspace& workspace, trame::services::Accounts& accounts, UserSession& session,
                       QWidget* parent = nullptr);
    ~AdministrationPage() override;

    void refresh();
    const QStandardItemModel& accountsModel() const { return m_accounts; }
    const QStandardItemModel& retentionModel() const { return m_retention; }
    void selectAccount(int row);
    void setPerson(std::int64_t id);

    // The buttons' work; file names come from a dialog, or from tests.
    void addAccount();
    void toggleSelected();
    void resetSelected();
    bool exportPerson(const QString& file);
    bool erasePerson();
    void previewRetention();
    bool anonymise();
    bool backUp(const QString& file);
    // Asks for confirmation, then asks the window to restore the chosen automatic backup.
    bool restoreSelected();
    int backupCount() const;

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);
    void restoreRequested(const QString& backupPath);

private:
    const trame::Account* selected() const;

    std::unique_ptr<Ui::AdministrationPage> m_ui;
    trame::services::Workspace& m_workspace;
    trame::services::Accounts& m_accountService;
    UserSession& m_session;
    std::vector<trame::Account> m_list;
    QStandardItemModel m_accounts;
    QStandardItemModel m_retention;
};
