#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Account.h"
#include "domain/Error.h"

#include <QStandardItemModel>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class AccountsTab;
}

// The accounts of the file (login, name, role, state: never a person followed) and how long the
// window waits idle before it locks.
class AccountsTab : public QWidget {
    Q_OBJECT
public:
    explicit AccountsTab(AdministrationContext context, QWidget* parent = nullptr);
    ~AccountsTab() override;

    void refresh();
    const QStandardItemModel& model() const { return m_model; }
    void selectAccount(int row);

    // The buttons' work.
    void addAccount();
    void toggleSelected();
    void resetSelected();
    void saveLockDelay();

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);

private:
    const trame::Account* selected() const;

    std::unique_ptr<Ui::AccountsTab> m_ui;
    AdministrationContext m_context;
    std::vector<trame::Account> m_list;
    QStandardItemModel m_model;
};
