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

    // `earlier` are the interviews before this one, oldest first: their states show beside the items.
    void setInterview(const trame::Interview& interview, const trame::InterviewTemplate* usedTemplate,
                      const std::optional<trame::FollowUpRhythm>& rhythm, bool readOnly,
                      const std::vector<trame::Interview>& earlier = {});
    void setToday(const QDate& today);
    void clear();
    // Shows the template alone, to learn it: no date, appointment or self-assessment.
    void showTemplateOnly();
    const trame::Interview& interview() const { return m_interview; }
    InterviewTemplateModel* itemsModel() const { return m_model; }

signals:
    // The person edited something; interview() has the new content.
    void edited();

private:
    void readBack();
    void moveTo(const QDate& heldOn);
    void propose();
    void showNotice(const QString& text);

    std::unique_ptr<Ui::InterviewForm> m_ui;
    InterviewTemplateModel* m_model;
    trame::Interview m_interview;
    std::optional<trame::FollowUpRhythm> m_rhythm;
    bool m_loading = false;
};
