#pragma once

#include "casefile/SectionPage.h"
#include "domain/LocalTime.h"

#include "domain/Result.h"

#include <QDateTime>

#include <memory>

namespace Ui {
class FollowUpPage;
}
class AutoSaver;
class InterviewForm;

// Follow-up (Annexe 1): the rhythm, the interviews and, for the one selected, its form. An
// interview is stored as soon as it is created and saved again shortly after every change.
class FollowUpPage : public SectionPage {
    Q_OBJECT
public:
    explicit FollowUpPage(QWidget* parent = nullptr);
    ~FollowUpPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

    // Starts a new interview dated today, with the next appointment the rhythm proposes.
    void newInterview();
    bool flush();
    const std::vector<trame::Interview>& interviews() const { return m_interviews; }
    // The first planned appointment from now on, if any.
    std::optional<trame::LocalTime> nextPlannedAppointment() const;
    InterviewForm* form() const;

signals:
    void appointmentsChanged();
    void saved(const QDateTime& when);
    void saveFailed(const trame::Error& error);

private:
    void bindRhythm();
    void wordRhythm();
    void writeRhythm();
    void showRhythm();
    void fillList();
    void select(int row);
    trame::Status saveCurrent();
    const trame::InterviewTemplate* templateFor(int version) const;

    std::unique_ptr<Ui::FollowUpPage> m_ui;
    CaseFileDocument* m_document = nullptr;
    PageContext m_context;
    std::vector<trame::Interview> m_interviews;
    int m_current = -1;
    AutoSaver* m_saver;
    bool m_updating = false;
};
