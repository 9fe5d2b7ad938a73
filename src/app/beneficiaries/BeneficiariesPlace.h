#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QStackedWidget>
#include <QVector>

#include <cstdint>

namespace trame::services {
class Accounts;
class Clock;
} // namespace trame::services
struct UserSession;
class BeneficiariesPage;
class CaseFileView;
class QUndoGroup;

// The Beneficiaries place of the main window: the list, and the one case file opened from it,
// which replaces the list until it is closed. Creating a person and reassigning a file start here.
class BeneficiariesPlace : public QStackedWidget {
    Q_OBJECT
public:
    // The open case file's undo stack joins `undoGroup`, so that the window's Undo acts on it.
    BeneficiariesPlace(UserSession& session, trame::services::Accounts& accounts, const trame::services::Clock& clock,
                       QUndoGroup& undoGroup, QWidget* parent = nullptr);
    // The focus watch goes first: the open view's widgets move the focus as they are destroyed.
    ~BeneficiariesPlace() override { disconnect(m_focusWatch); }

    BeneficiariesPage* list() const { return m_list; }
    CaseFileView* caseFile() const { return m_caseFile; }

    // False when the file cannot be read, or when the file already open kept unsaved changes.
    bool openCaseFile(std::int64_t beneficiaryId);
    // False when the person chose to keep an open file whose last changes could not be saved.
    bool closeCaseFile();
    // Saves what was typed in the open case file; true when there is nothing left to save.
    bool flush();
    void newBeneficiary();
    // A supervisor chooses a counsellor for this person's file, then reassignTo().
    void reassign(std::int64_t beneficiaryId);
    bool reassignTo(std::int64_t beneficiaryId, const QString& counsellorLogin);
    // Colleagues saved these people's files (on a team server): the list shows it, and an open
    // file among them is said to have changed.
    void colleaguesChanged(const QVector<qint64>& people);

signals:
    void opened(bool readOnly);
    void saved(const QDateTime& when);
    void saveFailed(const trame::Error& error);
    // The person closed a file whose last changes could not be saved: nothing waits to be written.
    void unsavedChangesDropped();
    void failed(const trame::Error& error);
    void message(const QString& text);

private:
    void showReturned();

    UserSession& m_session;
    trame::services::Accounts& m_accounts;
    const trame::services::Clock& m_clock;
    QUndoGroup& m_undoGroup;
    BeneficiariesPage* m_list;
    CaseFileView* m_caseFile = nullptr;
    QMetaObject::Connection m_focusWatch; // which undo stack Ctrl+Z reaches
};
