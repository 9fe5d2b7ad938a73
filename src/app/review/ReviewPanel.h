#pragma once

#include "domain/Beneficiary.h"
#include "domain/Result.h"
#include "domain/Review.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ReviewPanel;
}
namespace trame::services {
class Reviews;
class Actor;
} // namespace trame::services

// Beside a case file: the review state, the supervisor's comments on the section shown, and
// what this user may do about the review (a counsellor submits; a supervisor comments on the
// section, requests changes or validates). Buttons the rules would refuse are not shown.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    // `person` as stored: whose file it is, and whether its follow-up is closed (then read only).
    ReviewPanel(trame::services::Reviews& reviews, const trame::services::Actor& actor,
                const trame::Beneficiary& person, QWidget* parent = nullptr);
    ~ReviewPanel() override;

    void showSection(trame::CaseSection section);
    QString commentsText() const;

    // The buttons' work, callable from tests.
    bool submit(const QString& note);
    bool comment(const QString& text);
    bool requestChanges(const QString& note);
    bool validate(const QString& note);

signals:
    void stateChanged(trame::ReviewState state);
    void failed(const trame::Error& error);

private:
    void reload();
    bool done(const trame::Status& status);
    void render();

    std::unique_ptr<Ui::ReviewPanel> m_ui;
    trame::services::Reviews& m_reviews;
    std::int64_t m_beneficiaryId;
    bool m_canSubmit;
    bool m_canReview;
    trame::CaseSection m_section = trame::CaseSection::Situation;
    std::vector<trame::Review> m_history;
};
