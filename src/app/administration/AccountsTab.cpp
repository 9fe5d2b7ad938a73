#include "administration/AccountsTab.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"
#include "common/UserSession.h"
#include "services/Accounts.h"
#include "signin/PasswordDialog.h"
#include "ui_AccountsTab.h"

using namespace trame;

AccountsTab::AccountsTab(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountsTab>()), m_context(context)
{
    m_ui->setupUi(this);
    m_model.setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    SortableList::attach(m_ui->accountsTable, &m_model);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AccountsTab::addAccount);
    connect(m_ui->toggleButton, &QPushButton::clicked, this, &AccountsTab::toggleSelected);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &AccountsTab::resetSelected);
    connect(m_ui->lockSaveButton, &QPushButton::clicked, this, &AccountsTab::saveLockDelay);
    connect(m_ui->accountsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const Account* account = selected();
        m_ui->toggleButton->setText(account && !account->active ? tr("&Enable") : tr("&Disable"));
    });
}

AccountsTab::~AccountsTab() = default;

void AccountsTab::refresh()
{
    auto list = m_context.accounts.list(m_context.session.actor);
    if (!list) {
        emit failed(list.error());
        return;
    }
    m_list = std::move(list).value();
    m_model.removeRows(0, m_model.rowCount());
    for (const Account& a : m_list)
        m_model.appendRow({new QStandardItem(qs(a.login)), new QStandardItem(qs(a.displayName)),
                           new QStandardItem(Labels::of(a.role)),
                           new QStandardItem(a.active ? tr("Active") : tr("Disabled"))});
    m_ui->accountsTable->resizeColumnsToContents();
    if (auto minutes = m_context.accounts.lockMinutes())
        m_ui->lockSpin->setValue(*minutes);
}

void AccountsTab::selectAccount(int row)
{
    SortableList::selectRow(m_ui->accountsTable, row);
}

const Account* AccountsTab::selected() const
{
    const int row = SortableList::currentRow(m_ui->accountsTable);
    return row >= 0 && row < static_cast<int>(m_list.size()) ? &m_list[static_cast<std::size_t>(row)] : nullptr;
}

void AccountsTab::addAccount()
{
    PasswordDialog dialog(
        PasswordDialog::NewAccount,
        [this](const PasswordDialog::Fields& f) -> Status {
            auto id =
                m_context.accounts.add(m_context.session.actor, {ss(f.login), ss(f.name), f.role, ss(f.password)});
            return id ? Status(Ok{}) : Status(id.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AccountsTab::toggleSelected()
{
    const Account* account = selected();
    if (!account)
        return;
    if (Status done = m_context.accounts.setActive(m_context.session.actor, account->id, !account->active); !done)
        emit failed(done.error());
    refresh();
}

void AccountsTab::resetSelected()
{
    const Account* account = selected();
    if (!account)
        return;
    const std::int64_t id = account->id;
    PasswordDialog dialog(
        PasswordDialog::Reset,
        [this, id](const PasswordDialog::Fields& f) {
            return m_context.accounts.resetPassword(m_context.session.actor, id, ss(f.password));
        },
        this);
    dialog.setIntro(tr("New password for %1. Give it to them in person; they can change it afterwards.")
                        .arg(qs(account->displayName)));
    dialog.exec();
}

void AccountsTab::saveLockDelay()
{
    const int minutes = m_ui->lockSpin->value();
    if (Status saved = m_context.accounts.setLockMinutes(m_context.session.actor, minutes); !saved)
        emit failed(saved.error());
    else
        emit done(tr("The window now locks after %n minute(s) idle.", nullptr, minutes));
}
