#pragma once

#include "domain/CaseFile.h"
#include "domain/Interview.h"
#include "domain/Reference.h"

#include <QUndoStack>
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
    // This interview's own edits: Ctrl+Z in the form undoes the interview's last edit, nothing
    // of the case file (the window makes it the active stack while the form has the focus).
    QUndoStack* undoStack() { return &m_undo; }

signals:
    // The person edited something; interview() has the new content.
    void edited();

private:
    void readBack();
    // Shows `interview` as it was at an earlier step (undo, redo), and reports it as edited.
    void restore(const trame::Interview& interview);
    void showInterview(const trame::Interview& interview);
    void moveTo(const QDate& heldOn);
    void propose();
    void showNotice(const QString& text);

    std::unique_ptr<Ui::InterviewForm> m_ui;
    InterviewTemplateModel* m_model;
    trame::Interview m_interview;
    trame::Interview m_shown; // what the last step left: the "before" of the next one
    const trame::InterviewTemplate* m_template = nullptr;
    std::vector<trame::Interview> m_earlier;
    bool m_readOnly = true;
    QUndoStack m_undo;
    std::optional<trame::FollowUpRhythm> m_rhythm;
    bool m_loading = false;
};
