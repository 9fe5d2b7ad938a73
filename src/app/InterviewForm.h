#pragma once

#include "domain/CaseFile.h"
#include "domain/Interview.h"
#include "domain/Reference.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class InterviewForm;
}
class InterviewTemplateModel;

// One interview on the Annexe 1 template: its date, a status and a note per item, the person's
// self-assessment and the next appointment, which the follow-up rhythm can propose.
class InterviewForm : public QWidget {
    Q_OBJECT
public:
    explicit InterviewForm(QWidget* parent = nullptr);
    ~InterviewForm() override;

    void setInterview(const trame::Interview& interview, const trame::InterviewTemplate* usedTemplate,
                      const std::optional<trame::FollowUpRhythm>& rhythm, bool readOnly);
    void clear();
    // Shows the template alone, to learn it: no date, appointment or self-assessment.
    void showTemplateOnly();
    const trame::Interview& interview() const { return m_interview; }
    InterviewTemplateModel* itemsModel() const { return m_model; }

    // The next appointment the rhythm gives from the interview's date (none for a one-off rhythm
    // already past).
    static std::optional<trame::Date> proposedNext(const trame::Date& heldOn,
                                                   const std::optional<trame::FollowUpRhythm>& rhythm);

signals:
    // The person edited something; interview() has the new content.
    void edited();

private:
    void readBack();
    void propose();

    std::unique_ptr<Ui::InterviewForm> m_ui;
    InterviewTemplateModel* m_model;
    trame::Interview m_interview;
    std::optional<trame::FollowUpRhythm> m_rhythm;
    bool m_loading = false;
};
