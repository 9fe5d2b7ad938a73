#include "AdministrationPage.h"

#include "Conversions.h"
#include "Labels.h"
#include "MessageBox.h"
#include "PasswordDialog.h"
#include "Titles.h"
#include "UserSession.h"
#include "services/Backups.h"
#include "services/Maintenance.h"
#include "services/Workspace.h"
#include "ui_AdministrationPage.h"

#include <QDateTime>
#include <QFileDialog>
#include <QSaveFile>

using namespace trame;

AdministrationPage::AdministrationPage(services::Workspace& workspace, services::Accounts& accounts,
                                       UserSession& session, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AdministrationPage>()), m_workspace(workspace),
      m_accountService(accounts), m_session(session)
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel);
    m_accounts.setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("State")});
    m_ui->accountsTable->setModel(&m_accounts);
    m_retention.setHorizontalHeaderLabels({tr("Case file no."), tr("Last contact"), tr("Counsellor")});
    m_ui->retentionTable->setModel(&m_retention);
    m_ui->anonymiseButton->setEnabled(false);
    connect(m_ui->addButton, &QPushButton::clicked, this, &AdministrationPage::addAccount);
    connect(m_ui->toggleButton, &QPushButton::clicked, this, &AdministrationPage::toggleSelected);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &AdministrationPage::resetSelected);
    connect(m_ui->accountsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const Account* account = selected();
        m_ui->toggleButton->setText(account && !account->active ? tr("&Enable") : tr("&Disable"));
    });
    connect(m_ui->lockSaveButton, &QPushButton::clicked, this, [this] {
        if (Status saved = m_accountService.setLockMinutes(m_session.actor, m_ui->lockSpin->value()); !saved)
            emit failed(saved.error());
        else
            emit done(tr("The window now locks after %n minute(s) idle.", nullptr, m_ui->lockSpin->value()));
    });
    connect(m_ui->exportPersonButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export the person's data"), QStringLiteral("personne-%1.json").arg(m_ui->personSpin->value()),
            tr("JSON (*.json)"));
        if (!file.isEmpty())
            exportPerson(file);
    });
    connect(m_ui->eraseButton, &QPushButton::clicked, this, &AdministrationPage::erasePerson);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &AdministrationPage::restoreSelected);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &AdministrationPage::previewRetention);
    connect(m_ui->anonymiseButton, &QPushButton::clicked, this, &AdministrationPage::anonymise);
    connect(m_ui->backupButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Back up the database"), QStringLiteral("trame-sauvegarde.sqlite"),
                                         tr("Trame database (*.sqlite)"));
        if (!file.isEmpty())
            backUp(file);
    });
}

AdministrationPage::~AdministrationPage() = default;

void AdministrationPage::refresh()
{
    auto list = m_accountService.list(m_session.actor);
    if (!list) {
        emit failed(list.error());
        return;
    }
    m_list = std::move(list).value();
    m_accounts.removeRows(0, m_accounts.rowCount());
    for (const Account& a : m_list)
        m_accounts.appendRow({new QStandardItem(qs(a.login)), new QStandardItem(qs(a.displayName)),
                              new QStandardItem(Labels::of(a.role)),
                              new QStandardItem(a.active ? tr("Active") : tr("Disabled"))});
    m_ui->accountsTable->resizeColumnsToContents();
    if (auto minutes = m_accountService.lockMinutes())
        m_ui->lockSpin->setValue(*minutes);
    m_ui->backupCombo->clear();
    if (auto found = services::listBackups(m_workspace.path()))
        for (const services::BackupInfo& b : *found)
            m_ui->backupCombo->addItem(
                QLocale().toString(QDateTime::fromString(qs(b.takenAt), Qt::ISODate).toLocalTime(),
                                   QLocale::ShortFormat),
                qs(b.path));
    m_ui->restoreButton->setEnabled(m_ui->backupCombo->count() > 0);
}

int AdministrationPage::backupCount() const
{
    return m_ui->backupCombo->count();
}

bool AdministrationPage::restoreSelected()
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

void AdministrationPage::selectAccount(int row)
{
    m_ui->accountsTable->selectRow(row);
}

void AdministrationPage::setPerson(std::int64_t id)
{
    m_ui->personSpin->setValue(static_cast<int>(id));
}

const Account* AdministrationPage::selected() const
{
    const int row = m_ui->accountsTable->currentIndex().row();
    return row >= 0 && row < static_cast<int>(m_list.size()) ? &m_list[static_cast<std::size_t>(row)] : nullptr;
}

void AdministrationPage::addAccount()
{
    PasswordDialog dialog(
        PasswordDialog::NewAccount,
        [this](const PasswordDialog::Fields& f) -> Status {
            auto id = m_accountService.add(m_session.actor, {ss(f.login), ss(f.name), f.role, ss(f.password)});
            return id ? Status(Ok{}) : Status(id.error());
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void AdministrationPage::toggleSelected()
{
    const Account* account = selected();
    if (!account)
        return;
    if (Status done = m_accountService.setActive(m_session.actor, account->id, !account->active); !done)
        emit failed(done.error());
    refresh();
}

void AdministrationPage::resetSelected()
{
    const Account* account = selected();
    if (!account)
        return;
    const std::int64_t id = account->id;
    PasswordDialog dialog(
        PasswordDialog::Reset,
        [this, id](const PasswordDialog::Fields& f) {
            return m_accountService.resetPassword(m_session.actor, id, ss(f.password));
        },
        this);
    dialog.setIntro(tr("New password for %1. Give it to them in person; they can change it afterwards.")
                        .arg(qs(account->displayName)));
    dialog.exec();
}

bool AdministrationPage::exportPerson(const QString& file)
{
    auto json = m_session.rights.exportPerson(m_ui->personSpin->value());
    if (!json) {
        emit failed(json.error());
        return false;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json->data(), static_cast<qint64>(json->size())) < 0 ||
        !out.commit()) {
        emit failed(makeError(ErrorKind::Io, ss(file), ss(out.errorString())));
        return false;
    }
    emit done(tr("The data of case file %1 was written to %2.").arg(m_ui->personSpin->value()).arg(file));
    return true;
}

bool AdministrationPage::erasePerson()
{
    const int id = m_ui->personSpin->value();
    // The confirmation names the person, so that a mistyped number is seen before it is too late.
    const auto person = m_session.rights.identify(id);
    if (!person) {
        emit failed(person.error());
        return false;
    }
    const QString who = person->birthDate
                            ? tr("%1, born on %2, followed by %3")
                                  .arg(qs(person->displayName()), formatDate(person->birthDate), qs(person->counsellor))
                            : tr("%1, followed by %2").arg(qs(person->displayName()), qs(person->counsellor));
    const auto answer = MessageBox::question(
        this, tr("Erase a person"),
        tr("Erase everything held on case file %1: %2? This cannot be undone: only anonymous counts remain.")
            .arg(id)
            .arg(who),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    const auto erased = m_session.rights.erase(id);
    if (!erased) {
        emit failed(erased.error());
        return false;
    }
    emit done(*erased ? tr("Case file %1 was erased.").arg(id)
                      : tr("Case file %1 was erased. Trame is open elsewhere on this file: the log that may still "
                           "hold the person's data will be cleaned when it is closed everywhere.")
                            .arg(id));
    return true;
}

void AdministrationPage::previewRetention()
{
    m_retention.removeRows(0, m_retention.rowCount());
    auto due = m_session.rights.retentionCandidates();
    if (!due) {
        emit failed(due.error());
        return;
    }
    for (const RetentionCandidate& c : *due)
        m_retention.appendRow({new QStandardItem(QString::number(c.id)),
                               new QStandardItem(QLocale().toString(toQDate(c.lastContact), QLocale::ShortFormat)),
                               new QStandardItem(qs(c.counsellor))});
    m_ui->anonymiseButton->setEnabled(!due->empty());
    emit done(tr("%n person(s) with no contact for 24 months.", nullptr, static_cast<int>(due->size())));
}

bool AdministrationPage::anonymise()
{
    const auto answer = MessageBox::question(
        this, tr("Anonymise"),
        tr("Anonymise the %n person(s) listed? Their names, contact details and case files are removed for good.",
           nullptr, m_retention.rowCount()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    auto count = m_session.rights.applyRetention();
    if (!count) {
        emit failed(count.error());
        return false;
    }
    previewRetention();
    emit done(tr("%n person(s) anonymised.", nullptr, static_cast<int>(*count)));
    return true;
}

bool AdministrationPage::backUp(const QString& file)
{
    if (Status copied = services::backup(m_workspace, m_session.caseFiles.clock(), m_session.actor, ss(file));
        !copied) {
        emit failed(copied.error());
        return false;
    }
    emit done(tr("Backup written to %1.").arg(file));
    return true;
}
