#pragma once

#include "casefile/SectionPage.h"

#include "domain/Document.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QWidget>

#include <memory>

namespace Ui {
class CaseFileView;
}
class AutoSaver;
class DocumentActions;
class CaseFileDocument;
class InterviewForm;
class ReviewPanel;

// A case file in the guide's frame: a header and one tab per section. Either a beneficiary's
// file, edited and saved automatically, or one of the guide's reference cases, read-only, with
// what the guide advises beside each section.
class CaseFileView : public QWidget {
    Q_OBJECT
public:
    explicit CaseFileView(QWidget* parent = nullptr);
    ~CaseFileView() override;

    void showCaseFile(const trame::BeneficiaryRecord& record, trame::services::CaseFiles& service,
                      trame::services::SupportPeriods& periods, trame::services::Appointments& appointments,
                      const trame::ReferenceContent& references, const trame::Date& today);
    void showReference(const trame::ReferenceCase& reference, const trame::ReferenceContent& references,
                       const trame::Date& today);

    // The documents about this person: a « Documents » button in the header, Ctrl+P for the plan;
    // each one saves what is pending first.
    void attachDocuments(DocumentActions* actions);
    // The splitter and the section as the user last left a case file (UserPreferences); kept
    // again as they change.
    void restoreLayout();
    // Shows the review beside the sections, following the section shown.
    void attachReview(ReviewPanel* panel);
    ReviewPanel* reviewPanel() const { return m_review; }

    CaseFileDocument* document() const { return m_document.get(); }
    // The interview form of the follow-up page, with its own undo stack.
    InterviewForm* interviewForm() const;
    std::int64_t beneficiaryId() const;
    // Saves what is pending, now; false when it could not be saved.
    bool flush();
    // While the database cannot be written, nothing can be typed (what was typed stays here).
    void setEditingSuspended(bool suspended);
    bool isEditingSuspended() const;
    void showSection(int index);
    // The first field of the section shown takes the keyboard.
    void focusFirstField();
    int currentSection() const;

signals:
    void saved(const QDateTime& when);
    void saveFailed(const trame::Error& error);
    void backRequested();
    // The support period changed (paused, closed, reopened...): the file is to be shown again.
    void followUpChanged();

private:
    void bindPages(const PageContext& context);
    trame::Status save();
    trame::Status savePerson();
    void resolveConflict();
    void updateHeader();
    void updateGuideAdvice();

    std::unique_ptr<CaseFileDocument> m_document;
    std::unique_ptr<Ui::CaseFileView> m_ui;
    trame::services::CaseFiles* m_service = nullptr;
    trame::Beneficiary m_person;
    std::vector<trame::CatalogueEntry> m_catalogue;
    std::vector<trame::InterviewTemplate> m_templates;
    std::optional<trame::ReferenceCase> m_reference;
    AutoSaver* m_saver;
    ReviewPanel* m_review = nullptr;
};
