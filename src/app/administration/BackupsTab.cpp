#include "administration/BackupsTab.h"

#include "common/Conversions.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "common/UserSession.h"
#include "services/Backups.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "ui_BackupsTab.h"

#include <QDateTime>

using namespace trame;

BackupsTab::BackupsTab(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BackupsTab>()), m_context(context)
{
    m_ui->setupUi(this);
    connect(m_ui->backupButton, &QPushButton::clicked, this, &BackupsTab::backUp);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &BackupsTab::restoreSelected);
    if (services::isServerLocation(m_context.workspace.path())) {
        // A team's server is backed up by PostgreSQL: nothing here would copy it.
        m_ui->backupInfo->setText(tr("This database is on a PostgreSQL server: it is backed up there, by the "
                                     "administrator, with PostgreSQL's own tools (pg_dump). Trame keeps no copy of "
                                     "it on this workstation."));
        m_ui->backupButton->setEnabled(false);
        m_ui->backupCombo->setEnabled(false);
    }
}

BackupsTab::~BackupsTab() = default;

void BackupsTab::refresh()
{
    m_ui->backupCombo->clear();
    if (services::isServerLocation(m_context.workspace.path())) {
        m_ui->restoreButton->setEnabled(false);
        return;
    }
    if (auto found = services::listBackups(m_context.workspace.path()))
        for (const services::BackupInfo& b : *found)
            m_ui->backupCombo->addItem(QLocale().toString(toQDateTime(b.takenAt).toLocalTime(), QLocale::ShortFormat),
                                       qs(b.path));
    m_ui->restoreButton->setEnabled(m_ui->backupCombo->count() > 0);
}

int BackupsTab::backupCount() const
{
    return m_ui->backupCombo->count();
}

bool BackupsTab::backUp()
{
    const auto file = InputDialogs::saveFileName(
        this, tr("Back up the database"), QStringLiteral("trame-sauvegarde.sqlite"), tr("Trame database (*.sqlite)"));
    if (!file)
        return false;
    if (Status copied = services::backup(m_context.workspace, m_context.session.caseFiles.clock(),
                                         m_context.session.actor, ss(*file));
        !copied) {
        emit failed(copied.error());
        return false;
    }
    emit done(tr("Backup written to %1.").arg(*file));
    return true;
}

bool BackupsTab::restoreSelected()
{
    if (m_ui->backupCombo->count() == 0)
        return false;
    const auto answer = MessageBox::question(
        this, tr("Restore a backup"),
        tr("Replace the database by the backup of %1? Everything saved since is set aside (the current file is "
           "kept beside it), and everyone signs in again.")
            .arg(m_ui->backupCombo->currentText()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    emit restoreRequested(m_ui->backupCombo->currentData().toString());
    return true;
}
