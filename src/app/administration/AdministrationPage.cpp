#include "administration/AdministrationPage.h"

#include "administration/AccountsTab.h"
#include "administration/BackupsTab.h"
#include "administration/DataRightsTab.h"
#include "administration/LetterheadTab.h"
#include "administration/ReferentialsTab.h"
#include "common/Titles.h"
#include "ui_AdministrationPage.h"

AdministrationPage::AdministrationPage(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AdministrationPage>()), m_accounts(new AccountsTab(context)),
      m_rights(new DataRightsTab(context)), m_backups(new BackupsTab(context)),
      m_referentials(new ReferentialsTab(context)), m_letterhead(new LetterheadTab(context))
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel);
    m_ui->tabs->addTab(m_accounts, tr("Accounts"));
    m_ui->tabs->addTab(m_rights, tr("People's data rights"));
    m_ui->tabs->addTab(m_backups, tr("Backups"));
    m_ui->tabs->addTab(m_referentials, tr("Programmes and exit reasons"));
    m_ui->tabs->addTab(m_letterhead, tr("Letterhead"));
    for (QWidget* tab :
         {static_cast<QWidget*>(m_accounts), static_cast<QWidget*>(m_rights), static_cast<QWidget*>(m_backups),
          static_cast<QWidget*>(m_referentials), static_cast<QWidget*>(m_letterhead)})
        tab->setObjectName(tab->metaObject()->className());
    connect(m_accounts, &AccountsTab::failed, this, &AdministrationPage::failed);
    connect(m_accounts, &AccountsTab::done, this, &AdministrationPage::done);
    connect(m_rights, &DataRightsTab::failed, this, &AdministrationPage::failed);
    connect(m_rights, &DataRightsTab::done, this, &AdministrationPage::done);
    connect(m_backups, &BackupsTab::failed, this, &AdministrationPage::failed);
    connect(m_backups, &BackupsTab::done, this, &AdministrationPage::done);
    connect(m_backups, &BackupsTab::restoreRequested, this, &AdministrationPage::restoreRequested);
    connect(m_referentials, &ReferentialsTab::failed, this, &AdministrationPage::failed);
    connect(m_referentials, &ReferentialsTab::done, this, &AdministrationPage::done);
    connect(m_letterhead, &LetterheadTab::failed, this, &AdministrationPage::failed);
    connect(m_letterhead, &LetterheadTab::done, this, &AdministrationPage::done);
}

AdministrationPage::~AdministrationPage() = default;

void AdministrationPage::refresh()
{
    m_accounts->refresh();
    m_backups->refresh();
    m_referentials->refresh();
    m_letterhead->refresh();
}
