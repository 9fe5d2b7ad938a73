#include "shell/MainWindow.h"

#include "common/Tones.h"
#include "shell/ColleagueWatch.h"
#include "shell/NavigationWidth.h"

#include "administration/AdministrationPage.h"
#include "administration/AuditPage.h"
#include "agenda/AgendaPlace.h"
#include "agenda/ReminderWatch.h"
#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/BeneficiariesPlace.h"
#include "casefile/CaseFileView.h"
#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/UserPreferences.h"
#include "common/UserSession.h"
#include "references/ReferenceLibraryPage.h"
#include "review/ReviewQueuePage.h"
#include "services/Clock.h"
#include "services/Letterheads.h"
#include "services/Workspace.h"
#include "shell/AboutDialog.h"
#include "shell/HelpWindow.h"
#include "signin/IdleWatcher.h"
#include "signin/LockScreen.h"
#include "signin/PasswordDialog.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUndoGroup>

using namespace trame;

MainWindow::MainWindow(services::Workspace& workspace, const services::Clock& clock,
                       std::optional<services::Actor> user, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace), m_clock(clock),
      m_accounts(workspace, clock), m_undoGroup(new QUndoGroup(this)), m_saveState(new QLabel(this))
{
    if (user)
        m_session = std::make_unique<UserSession>(workspace, clock, *user);
    m_ui->setupUi(this);
    // The content and the lock screen share the window; locking swaps one for the other.
    m_shell = new QStackedWidget(this);
    m_shell->addWidget(takeCentralWidget());
    m_lockScreen = new LockScreen(m_shell);
    m_shell->addWidget(m_lockScreen);
    setCentralWidget(m_shell);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &MainWindow::unlock);
    Tones::mark(m_ui->writeFailureBanner, "banner");
    m_ui->writeFailureBanner->hide();
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MainWindow::retryWriting);
    m_diskFailureText = m_ui->writeFailureLabel->text();
    m_reconnect = new QTimer(this);
    m_reconnect->setInterval(std::chrono::seconds(5));
    connect(m_reconnect, &QTimer::timeout, this, &MainWindow::retryWriting);

    createEditActions();
    createPlaces();
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == ReferenceCases)
            loadReferences();
        if (row == Agenda && m_agenda)
            m_agenda->page()->refresh();
        else if (row == Beneficiaries && m_agenda)
            m_agenda->refreshToday(); // back to the list: the day may have moved on
        if (row == Review && m_reviewQueue)
            m_reviewQueue->refresh();
        if (row == Audit && m_audit)
            m_audit->refresh();
        if (row == Administration && m_administration)
            m_administration->refresh();
        if (row >= 0)
            m_ui->pages->setCurrentIndex(row);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, &MainWindow::showUserGuide);
    connect(m_ui->actionNewBeneficiary, &QAction::triggered, this, &MainWindow::newBeneficiary);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        if (!m_beneficiaries)
            return;
        m_beneficiaries->closeCaseFile();
        showPlace(Beneficiaries);
        m_beneficiaries->list()->focusSearch();
    });
    connect(m_ui->actionShowBeneficiaries, &QAction::triggered, this, [this] { showPlace(Beneficiaries); });
    connect(m_ui->actionShowAgenda, &QAction::triggered, this, [this] { showPlace(Agenda); });
    connect(m_ui->actionShowReferences, &QAction::triggered, this, [this] { showPlace(ReferenceCases); });
    connect(m_ui->actionShowReview, &QAction::triggered, this, [this] { showPlace(Review); });
    connect(m_ui->actionShowAudit, &QAction::triggered, this, [this] { showPlace(Audit); });
    connect(m_ui->actionShowAdministration, &QAction::triggered, this, [this] { showPlace(Administration); });
    connect(m_ui->actionLock, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->actionChangePassword, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_ui->actionSignOut, &QAction::triggered, this, [this] {
        if (m_session)
            static_cast<void>(m_accounts.signOut(m_session->actor)); // the entry is best effort on the way out
        m_closingForSwitch = true;
        emit signedOut();
        close();
    });
    applyRole();

    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(qs(m_workspace.path()))));
    restoreGeometry(UserPreferences::value(login(), QStringLiteral("window/geometry")).toByteArray());
    restoreState(UserPreferences::value(login(), QStringLiteral("window/state")).toByteArray());
}

std::string MainWindow::login() const
{
    return m_session ? m_session->actor.login() : std::string();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPlaces()
{
    m_library = new ReferenceLibraryPage(m_ui->referencesPage);
    m_ui->referencesLayout->addWidget(m_library);
    connect(m_library, &ReferenceLibraryPage::failed, this, &MainWindow::showError);
    connect(m_library, &ReferenceLibraryPage::saved, this, &MainWindow::showMessage);
    if (!m_session)
        return;
    const services::Actor& actor = m_session->actor;
    if (actor.may(Action::ListCaseFiles)) {
        m_beneficiaries =
            new BeneficiariesPlace(*m_session, m_accounts, m_clock, *m_undoGroup, m_ui->beneficiariesPage);
        m_ui->beneficiariesLayout->addWidget(m_beneficiaries);
        connect(m_beneficiaries, &BeneficiariesPlace::opened, this, [this](bool readOnly) {
            showPlace(Beneficiaries);
            m_saveState->setText(readOnly ? tr("Read-only") : tr("Opened"));
        });
        connect(m_beneficiaries, &BeneficiariesPlace::saved, this, &MainWindow::showSaved);
        connect(m_beneficiaries, &BeneficiariesPlace::saveFailed, this, &MainWindow::showSaveFailure);
        connect(m_beneficiaries, &BeneficiariesPlace::unsavedChangesDropped, this, [this] { suspendWriting(false); });
        connect(m_beneficiaries, &BeneficiariesPlace::failed, this, &MainWindow::showError);
        connect(m_beneficiaries, &BeneficiariesPlace::message, this, &MainWindow::showMessage);
        connect(new ColleagueWatch(m_workspace, this), &ColleagueWatch::changed, m_beneficiaries,
                &BeneficiariesPlace::colleaguesChanged);
        createAgenda();
    }
    if (actor.may(Action::ReviewCaseFile)) {
        m_reviewQueue = new ReviewQueuePage(m_session->reviews, login(), m_ui->reviewPage);
        m_ui->reviewLayout->addWidget(m_reviewQueue);
        connect(m_reviewQueue, &ReviewQueuePage::openRequested, this, &MainWindow::openCaseFile);
        connect(m_reviewQueue, &ReviewQueuePage::failed, this, &MainWindow::showError);
    }
    if (actor.may(Action::ReadAudit)) {
        m_audit = new AuditPage(m_session->audit, m_ui->auditPage);
        m_ui->auditLayout->addWidget(m_audit);
        connect(m_audit, &AuditPage::failed, this, &MainWindow::showError);
    }
    if (actor.may(Action::ManageAccounts)) {
        m_administration = new AdministrationPage({m_workspace, m_accounts, *m_session}, m_ui->administrationPage);
        m_ui->administrationLayout->addWidget(m_administration);
        connect(m_administration, &AdministrationPage::failed, this, &MainWindow::showError);
        connect(m_administration, &AdministrationPage::done, this, &MainWindow::showMessage);
        connect(m_administration, &AdministrationPage::restoreRequested, this, [this](const QString& backup) {
            m_closingForSwitch = true;
            static_cast<void>(m_accounts.signOut(m_session->actor));
            emit restoreRequested(backup);
            close();
        });
    }
    const auto minutes = m_accounts.lockMinutes(); // a file that cannot say keeps the default
    m_idle = new IdleWatcher(m_clock, std::chrono::minutes(minutes ? *minutes : services::signin::kDefaultLockMinutes),
                             this);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
}

void MainWindow::createAgenda()
{
    m_agenda = new AgendaPlace(*m_session, m_accounts, m_clock, m_ui->agendaPage);
    m_ui->agendaLayout->addWidget(m_agenda);
    m_ui->contentLayout->insertWidget(0, m_agenda->todayLine());
    // Read above the place, so reached right after the navigation, before the place's controls.
    setTabOrder(m_ui->navigation, m_agenda->todayLine());
    connect(m_agenda, &AgendaPlace::todayChosen, this, [this] { showPlace(Agenda); });
    connect(m_agenda->page(), &AgendaPage::openRequested, this, [this](qint64 id, CaseFileSection section) {
        openCaseFile(id);
        if (CaseFileView* view = caseFileView(); view && view->beneficiaryId() == id)
            view->showSection(static_cast<int>(section));
    });
    connect(m_agenda->page(), &AgendaPage::failed, this, &MainWindow::showError);
    connect(m_agenda->page(), &AgendaPage::message, this, &MainWindow::showMessage);
    if (ReminderWatch* reminders = m_agenda->reminders()) {
        if (QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(QStringLiteral("Trame"));
            m_tray->show();
        }
        connect(reminders, &ReminderWatch::reminder, this, &MainWindow::showReminder);
    }
}

void MainWindow::showReminder(const QString& title, const QString& text)
{
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    statusBar()->showMessage(tr("%1: %2").arg(title, text), 60'000);
}

void MainWindow::applyRole()
{
    // The places a role has no use for are hidden; the services would refuse them anyway.
    const bool signedIn = m_session != nullptr;
    m_ui->navigation->item(Beneficiaries)->setHidden(m_beneficiaries == nullptr);
    m_ui->navigation->item(Agenda)->setHidden(m_agenda == nullptr);
    m_ui->navigation->item(Review)->setHidden(m_reviewQueue == nullptr);
    m_ui->navigation->item(Audit)->setHidden(m_audit == nullptr);
    m_ui->navigation->item(Administration)->setHidden(m_administration == nullptr);
    NavigationWidth::follow(m_ui->navigation);
    m_ui->actionShowBeneficiaries->setVisible(m_beneficiaries != nullptr);
    m_ui->actionShowAgenda->setVisible(m_agenda != nullptr);
    m_ui->actionFind->setVisible(m_beneficiaries != nullptr);
    m_ui->actionShowReview->setVisible(m_reviewQueue != nullptr);
    m_ui->actionShowAudit->setVisible(m_audit != nullptr);
    m_ui->actionShowAdministration->setVisible(m_administration != nullptr);
    m_ui->actionNewBeneficiary->setVisible(signedIn && m_session->actor.may(Action::CreateCaseFile, Scope::Own));
    m_ui->actionLock->setVisible(signedIn);
    m_ui->actionChangePassword->setVisible(signedIn);
    m_ui->actionSignOut->setText(signedIn ? tr("Sign &out") : tr("&Back to sign-in"));
    if (signedIn)
        setWindowTitle(
            tr("Trame — %1 (%2)").arg(qs(m_session->actor.displayName()), Labels::of(m_session->actor.role())));
    else
        setWindowTitle(tr("Trame — the guide"));
    showPlace(m_beneficiaries    ? Beneficiaries
              : m_reviewQueue    ? Review
              : m_administration ? Administration
                                 : ReferenceCases);
}

bool MainWindow::isPlaceAvailable(Place place) const
{
    return !m_ui->navigation->item(place)->isHidden();
}

const services::Actor* MainWindow::user() const
{
    return m_session ? &m_session->actor : nullptr;
}

void MainWindow::createEditActions()
{
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(undo);
    m_ui->toolBar->addAction(redo);
}

void MainWindow::loadReferences()
{
    // Read when first needed, not at start-up.
    if (m_referencesLoaded)
        return;
    auto references = m_session ? m_session->caseFiles.references() : services::guideContent(m_workspace);
    auto letterhead = services::letterhead(m_workspace);
    if (references && letterhead) {
        m_library->setContent(*references, *letterhead, m_clock.today());
        m_referencesLoaded = true;
    } else {
        showError(references ? letterhead.error() : references.error());
    }
}

void MainWindow::showPlace(Place place)
{
    if (isPlaceAvailable(place))
        m_ui->navigation->setCurrentRow(place);
}

MainWindow::Place MainWindow::currentPlace() const
{
    return static_cast<Place>(m_ui->pages->currentIndex());
}

CaseFileView* MainWindow::caseFileView() const
{
    return m_beneficiaries ? m_beneficiaries->caseFile() : nullptr;
}

BeneficiariesPage* MainWindow::beneficiariesPage() const
{
    return m_beneficiaries ? m_beneficiaries->list() : nullptr;
}

void MainWindow::openCaseFile(std::int64_t beneficiaryId)
{
    if (m_beneficiaries)
        m_beneficiaries->openCaseFile(beneficiaryId);
}

void MainWindow::closeCaseFile()
{
    if (m_beneficiaries)
        m_beneficiaries->closeCaseFile();
}

void MainWindow::newBeneficiary()
{
    if (m_beneficiaries)
        m_beneficiaries->newBeneficiary();
}

bool MainWindow::reassignTo(std::int64_t beneficiaryId, const QString& counsellorLogin)
{
    return m_beneficiaries && m_beneficiaries->reassignTo(beneficiaryId, counsellorLogin);
}

void MainWindow::lock()
{
    if (!m_session || isLocked())
        return;
    // What was typed is saved first; then nothing personal stays on screen, dialogs included.
    if (m_beneficiaries)
        m_beneficiaries->flush();
    for (QWidget* top : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(top); dialog && dialog->isVisible())
            dialog->reject();
    if (Status logged = m_accounts.recordLock(m_session->actor); !logged)
        showSaveFailure(logged.error());
    m_lockScreen->prepare(qs(m_session->actor.displayName()), qs(m_session->actor.login()));
    m_shell->setCurrentWidget(m_lockScreen);
    // A shortcut must not act behind the lock (a new person, an undo in the hidden file…).
    for (QAction* action : findChildren<QAction*>())
        if (action->isEnabled() && !m_lockScreen->actions().contains(action)) {
            action->setEnabled(false);
            m_disabledByLock.append(action);
        }
    menuBar()->setEnabled(false);
    m_ui->toolBar->setEnabled(false);
    statusBar()->clearMessage();
    m_saveState->hide();
    setWindowTitle(tr("Trame — locked"));
    m_idle->setEnabled(false);
    if (m_agenda && m_agenda->reminders())
        m_agenda->reminders()->setSuspended(true);
}

bool MainWindow::isLocked() const
{
    return m_shell->currentWidget() == m_lockScreen;
}

void MainWindow::unlock(const QString& login, const QString& password)
{
    auto next = m_accounts.unlock(m_session->actor, ss(login), ss(password));
    if (!next) {
        m_lockScreen->showError(ErrorText::ofSignIn(next.error()));
        return;
    }
    if (next->accountId() != m_session->actor.accountId()) {
        m_closingForSwitch = true;
        emit userSwitched(*next);
        close();
        return;
    }
    m_shell->setCurrentIndex(0);
    for (QAction* action : std::as_const(m_disabledByLock))
        action->setEnabled(true);
    m_disabledByLock.clear();
    menuBar()->setEnabled(true);
    m_ui->toolBar->setEnabled(true);
    m_saveState->show();
    applyRole();
    if (caseFileView())
        showPlace(Beneficiaries);
    m_idle->restart();
    m_idle->setEnabled(true);
    if (m_agenda && m_agenda->reminders())
        m_agenda->reminders()->setSuspended(false);
}

void MainWindow::changePassword()
{
    if (!m_session)
        return;
    PasswordDialog dialog(
        PasswordDialog::Change,
        [this](const PasswordDialog::Fields& f) {
            return m_accounts.changePassword(m_session->actor, ss(f.current), ss(f.password));
        },
        this);
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Your password was changed."));
}

QString MainWindow::saveState() const
{
    return m_saveState->text();
}

void MainWindow::showSaved(const QDateTime& when)
{
    m_saveState->setText(tr("Saved at %1").arg(when.toString(QStringLiteral("HH:mm:ss"))));
    m_saveState->setStyleSheet(QString());
    Tones::mark(m_saveState, "");
}

bool MainWindow::isWritingSuspended() const
{
    return !m_ui->writeFailureBanner->isHidden();
}

void MainWindow::suspendWriting(bool suspended)
{
    // Rather than failing at every keystroke: typing stops, with the reason in sight, until the
    // disk takes writes again. Nothing typed is dropped: it waits in the open case file.
    m_ui->writeFailureBanner->setVisible(suspended);
    if (CaseFileView* open = caseFileView())
        open->setEditingSuspended(suspended);
    m_ui->actionNewBeneficiary->setEnabled(!suspended);
}

void MainWindow::retryWriting()
{
    if (m_beneficiaries && !m_beneficiaries->flush())
        return; // still refused: showSaveFailure() said why
    m_reconnect->stop();
    suspendWriting(false);
    showSaved(toQDateTime(m_clock.instant()).toLocalTime());
}

void MainWindow::showSaveFailure(const Error& error)
{
    // A lost server comes back by itself: Trame tries again every few seconds, as Try again does.
    const bool lost = ErrorText::isLostConnection(error);
    m_ui->writeFailureLabel->setText(
        lost ? tr("Connection to the server lost: editing is suspended. Your last changes are kept in this window, "
                  "not yet saved; Trame saves them as soon as the server answers again.")
             : m_diskFailureText);
    if (lost && !m_reconnect->isActive())
        m_reconnect->start();
    if (error.kind == ErrorKind::Io)
        suspendWriting(true);
    m_saveState->setText(tr("NOT SAVED: %1").arg(ErrorText::of(error)));
    m_saveState->setToolTip(ErrorText::details(error));
    m_saveState->setStyleSheet(QStringLiteral("font-weight: bold;"));
    Tones::mark(m_saveState, "alert");
}

void MainWindow::showError(const Error& error)
{
    MessageBox::warning(this, tr("Trame"), ErrorText::of(error), ErrorText::details(error));
}

void MainWindow::showMessage(const QString& message)
{
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_beneficiaries && !m_beneficiaries->flush()) {
        const auto answer = MessageBox::question(this, tr("Not saved"),
                                                 tr("The last changes could not be saved. Close anyway and lose them?"),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    if (m_session && !m_closingForSwitch)
        static_cast<void>(m_accounts.signOut(m_session->actor)); // best effort on the way out
    UserPreferences::setValue(login(), QStringLiteral("window/geometry"), saveGeometry());
    UserPreferences::setValue(login(), QStringLiteral("window/state"), saveState());
    event->accept();
}

HelpWindow* MainWindow::showUserGuide()
{
    // One guide window, kept beside the work rather than in front of it.
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::showAbout()
{
    AboutDialog dialog(QDir::toNativeSeparators(qs(m_workspace.path())), this);
    dialog.exec();
}
