#include "beneficiaries/BeneficiariesPlace.h"

#include "beneficiaries/BeneficiariesPage.h"
#include "beneficiaries/NewBeneficiaryDialog.h"
#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileView.h"
#include "common/Conversions.h"
#include "common/DocumentActions.h"
#include "common/InputDialogs.h"
#include "common/MessageBox.h"
#include "common/UserSession.h"
#include "interviews/InterviewForm.h"
#include "review/ReviewPanel.h"
#include "services/Clock.h"

#include <QApplication>
#include <QDialog>
#include <QUndoGroup>

using namespace trame;

BeneficiariesPlace::BeneficiariesPlace(UserSession& session, services::Accounts& accounts, const services::Clock& clock,
                                       QUndoGroup& undoGroup, QWidget* parent)
    : QStackedWidget(parent), m_session(session), m_accounts(accounts), m_clock(clock), m_undoGroup(undoGroup),
      m_list(new BeneficiariesPage(session.caseFiles, this))
{
    addWidget(m_list);
    connect(m_list, &BeneficiariesPage::openRequested, this, &BeneficiariesPlace::openCaseFile);
    connect(m_list, &BeneficiariesPage::newRequested, this, &BeneficiariesPlace::newBeneficiary);
    connect(m_list, &BeneficiariesPage::reassignRequested, this, &BeneficiariesPlace::reassign);
    connect(m_list, &BeneficiariesPage::failed, this, &BeneficiariesPlace::failed);
    connect(m_list, &BeneficiariesPage::message, this, &BeneficiariesPlace::message);
    showReturned();
}

void BeneficiariesPlace::showReturned()
{
    if (!m_session.actor.may(Action::EditCaseFile, Scope::Own))
        return;
    auto returned = m_session.reviews.returnedToMe();
    if (!returned) {
        emit failed(returned.error());
        return;
    }
    m_list->showReturned(*returned);
}

bool BeneficiariesPlace::openCaseFile(std::int64_t beneficiaryId)
{
    if (!closeCaseFile())
        return false;
    services::CaseFiles& caseFiles = m_session.caseFiles;
    auto record = caseFiles.open(beneficiaryId);
    if (!record) {
        emit failed(record.error());
        return false;
    }
    auto references = caseFiles.references();
    if (!references) {
        emit failed(references.error());
        return false;
    }
    m_caseFile = new CaseFileView(this);
    m_caseFile->showCaseFile(*record, caseFiles, m_session.periods, m_session.appointments, *references,
                             m_clock.today());
    auto* documents = new DocumentActions(m_session.documents, m_caseFile);
    m_caseFile->attachDocuments(documents);
    connect(documents, &DocumentActions::failed, this, &BeneficiariesPlace::failed);
    connect(documents, &DocumentActions::saved, this, &BeneficiariesPlace::message);
    auto* review = new ReviewPanel(m_session.reviews, m_session.actor, record->person);
    m_caseFile->attachReview(review);
    connect(review, &ReviewPanel::failed, this, &BeneficiariesPlace::failed);
    connect(m_caseFile, &CaseFileView::saved, this, &BeneficiariesPlace::saved);
    connect(m_caseFile, &CaseFileView::saveFailed, this, &BeneficiariesPlace::saveFailed);
    connect(m_caseFile, &CaseFileView::backRequested, this, &BeneficiariesPlace::closeCaseFile);
    // Shown again once the dialog that changed the follow-up is gone, on the same page: a closed
    // file becomes read-only, a reopened one editable.
    connect(
        m_caseFile, &CaseFileView::followUpChanged, this,
        [this, beneficiaryId] {
            const int section = m_caseFile ? m_caseFile->currentSection() : 0;
            if (openCaseFile(beneficiaryId)) {
                m_caseFile->showSection(section);
                m_caseFile->focusFirstField();
            }
        },
        Qt::QueuedConnection);
    m_undoGroup.addStack(m_caseFile->document()->undoStack());
    m_undoGroup.setActiveStack(m_caseFile->document()->undoStack());
    // Ctrl+Z undoes what is under the keyboard: the interview's last edit while in its form,
    // the case file's otherwise — never an edit made on another tab.
    InterviewForm* form = m_caseFile->interviewForm();
    m_undoGroup.addStack(form->undoStack());
    m_focusWatch = connect(qApp, &QApplication::focusChanged, m_caseFile, [this, form](QWidget*, QWidget* now) {
        if (m_caseFile)
            m_undoGroup.setActiveStack(now && form->isAncestorOf(now) ? form->undoStack()
                                                                      : m_caseFile->document()->undoStack());
    });
    addWidget(m_caseFile);
    setCurrentWidget(m_caseFile);
    m_caseFile->restoreLayout();
    // The keyboard starts where the counsellor writes first, not on the back button.
    m_caseFile->focusFirstField();
    emit opened(m_caseFile->document()->isReadOnly());
    return true;
}

bool BeneficiariesPlace::closeCaseFile()
{
    if (!m_caseFile)
        return true;
    if (!m_caseFile->flush()) {
        // Kept open by default: what was typed waits here until the disk takes it.
        const auto answer = MessageBox::question(
            this, tr("Not saved"),
            tr("The last changes to this case file could not be saved. Close it anyway and lose them?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        emit unsavedChangesDropped();
    }
    const std::int64_t id = m_caseFile->beneficiaryId();
    disconnect(m_focusWatch); // before the view goes: its widgets move the focus as they are destroyed
    m_undoGroup.removeStack(m_caseFile->document()->undoStack());
    m_undoGroup.removeStack(m_caseFile->interviewForm()->undoStack());
    removeWidget(m_caseFile);
    delete m_caseFile;
    m_caseFile = nullptr;
    setCurrentWidget(m_list);
    m_list->refresh();
    showReturned();
    m_list->select(id);
    return true;
}

bool BeneficiariesPlace::flush()
{
    return !m_caseFile || m_caseFile->flush();
}

void BeneficiariesPlace::colleaguesChanged(const QVector<qint64>& people)
{
    m_list->refresh();
    if (m_caseFile && people.contains(m_caseFile->beneficiaryId()))
        emit message(tr("A colleague has just saved this case file. If you change it too, Trame shows you both "
                        "versions when it saves yours."));
    else
        emit message(tr("A colleague saved %n case file(s): the list is up to date.", "", int(people.size())));
}

void BeneficiariesPlace::newBeneficiary()
{
    if (!m_session.actor.may(Action::CreateCaseFile, Scope::Own))
        return;
    NewBeneficiaryDialog dialog(m_session.caseFiles, this);
    if (auto programmes = m_session.periods.programmes())
        dialog.offerProgrammes(*programmes);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_list->refresh();
    openCaseFile(dialog.createdId());
}

void BeneficiariesPlace::reassign(std::int64_t beneficiaryId)
{
    auto counsellors = m_accounts.activeCounsellors(m_session.actor);
    if (!counsellors) {
        emit failed(counsellors.error());
        return;
    }
    QStringList logins;
    QStringList names;
    for (const Account& a : *counsellors) {
        logins << qs(a.login);
        names << QStringLiteral("%1 (%2)").arg(qs(a.displayName), qs(a.login));
    }
    const auto chosen = InputDialogs::chooseItem(
        this, tr("Reassign the case file"), tr("Counsellor who will follow case file %1:").arg(beneficiaryId), names);
    if (chosen)
        reassignTo(beneficiaryId, logins.at(*chosen));
}

bool BeneficiariesPlace::reassignTo(std::int64_t beneficiaryId, const QString& counsellorLogin)
{
    if (Status done = m_session.caseFiles.reassign(beneficiaryId, ss(counsellorLogin)); !done) {
        emit failed(done.error());
        return false;
    }
    m_list->refresh();
    emit message(tr("Case file %1 is now followed by %2.").arg(beneficiaryId).arg(counsellorLogin));
    return true;
}
