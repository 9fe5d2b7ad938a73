#pragma once

#include "domain/Result.h"
#include "services/Accounts.h"
#include "services/Actor.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
namespace trame::services {
class Clock;
class Workspace;
} // namespace trame::services
struct UserSession;
class AdministrationPage;
class AgendaPlace;
class AuditPage;
class BeneficiariesPage;
class BeneficiariesPlace;
class CaseFileView;
class HelpWindow;
class IdleWatcher;
class LockScreen;
class QLabel;
class QTimer;
class QStackedWidget;
class QSystemTrayIcon;
class QUndoGroup;
class ReferenceLibraryPage;
class ReviewQueuePage;

// The application's frame for one signed-in user (or for the guide alone, without an account):
// the places their role allows — Beneficiaries (the list, and a case file opened from it), Agenda,
// Reference cases, Review, Audit trail, Administration —, menus, toolbar, the save state in the
// status bar, and the lock that hides everything after idle time or on Ctrl+L.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Place { Beneficiaries = 0, Agenda = 1, ReferenceCases = 2, Review = 3, Audit = 4, Administration = 5 };

    // Without a user, only the guide's reference cases are shown.
    MainWindow(trame::services::Workspace& workspace, const trame::services::Clock& clock,
               std::optional<trame::services::Actor> user, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlace(Place place);
    Place currentPlace() const;
    bool isPlaceAvailable(Place place) const;

    void openCaseFile(std::int64_t beneficiaryId);
    void closeCaseFile();
    void newBeneficiary();
    bool reassignTo(std::int64_t beneficiaryId, const QString& counsellorLogin);
    CaseFileView* caseFileView() const;
    BeneficiariesPage* beneficiariesPage() const;
    AgendaPlace* agenda() const { return m_agenda; }
    ReferenceLibraryPage* referenceLibrary() const { return m_library; }
    ReviewQueuePage* reviewQueue() const { return m_reviewQueue; }
    AuditPage* auditPage() const { return m_audit; }
    AdministrationPage* administrationPage() const { return m_administration; }
    LockScreen* lockScreen() const { return m_lockScreen; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QString saveState() const;

    void lock();
    bool isLocked() const;
    // The database refused a write (full disk, read-only file): editing waits for "Try again".
    bool isWritingSuspended() const;
    void retryWriting();
    const trame::services::Actor* user() const;

signals:
    // Another user unlocked the window: the first session is closed; open theirs.
    void userSwitched(const trame::services::Actor& next);
    void signedOut();
    // An administrator chose a backup to restore: the file must be closed first.
    void restoreRequested(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Whose preferences: the signed-in user's, or the guide's without an account.
    std::string login() const;
    void createEditActions();
    void createPlaces();
    void applyRole();
    void loadReferences();
    void showAbout();
    // F1: the French user guide beside the window (one, kept).
    HelpWindow* showUserGuide();
    void changePassword();
    void unlock(const QString& login, const QString& password);
    void showSaved(const QDateTime& when);
    void showSaveFailure(const trame::Error& error);
    void suspendWriting(bool suspended);
    void showError(const trame::Error& error);
    void showMessage(const QString& message);
    void createAgenda();
    void showReminder(const QString& title, const QString& text);

    std::unique_ptr<Ui::MainWindow> m_ui;
    trame::services::Workspace& m_workspace;
    const trame::services::Clock& m_clock;
    trame::services::Accounts m_accounts;
    std::unique_ptr<UserSession> m_session; // none when browsing the guide
    QStackedWidget* m_shell;
    LockScreen* m_lockScreen;
    IdleWatcher* m_idle = nullptr;
    BeneficiariesPlace* m_beneficiaries = nullptr;
    AgendaPlace* m_agenda = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // where the desktop has one, for reminders
    ReferenceLibraryPage* m_library;
    HelpWindow* m_help = nullptr;
    ReviewQueuePage* m_reviewQueue = nullptr;
    AuditPage* m_audit = nullptr;
    AdministrationPage* m_administration = nullptr;
    QUndoGroup* m_undoGroup;
    QLabel* m_saveState;
    QTimer* m_reconnect;       // while the server is away: tries again to save
    QString m_diskFailureText; // the banner's words for a file that refuses writes
    bool m_referencesLoaded = false;
    bool m_closingForSwitch = false;
    // Actions switched off by the lock, so that no shortcut works behind it (Ctrl+N, Ctrl+Z…).
    QList<QAction*> m_disabledByLock;
};
