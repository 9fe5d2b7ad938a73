#include "review/ReviewPanel.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/Access.h"
#include "services/Actor.h"
#include "services/Reviews.h"
#include "ui_ReviewPanel.h"

#include <QDateTime>

using namespace trame;

namespace {
// The local day of an instant, as the user's locale writes it; "" for none.
QString day(const std::optional<trame::Timestamp>& at)
{
    return at ? QLocale().toString(toQDateTime(*at).toLocalTime().date(), QLocale::ShortFormat) : QString();
}
} // namespace

ReviewPanel::ReviewPanel(services::Reviews& reviews, const services::Actor& actor, const Beneficiary& person,
                         QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewPanel>()), m_reviews(reviews), m_beneficiaryId(person.id),
      m_canSubmit(actor.may(Action::SubmitForReview, actor.scopeFor(person.counsellor)) &&
                  allowedWhile(Action::SubmitForReview, person.status)),
      m_canReview(actor.may(Action::ReviewCaseFile, actor.scopeFor(person.counsellor)) &&
                  allowedWhile(Action::ReviewCaseFile, person.status))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    const auto text = [this] { return m_ui->textEdit->toPlainText(); };
    connect(m_ui->submitButton, &QPushButton::clicked, this, [this, text] { submit(text()); });
    connect(m_ui->commentButton, &QPushButton::clicked, this, [this, text] { comment(text()); });
    connect(m_ui->requestChangesButton, &QPushButton::clicked, this, [this, text] { requestChanges(text()); });
    connect(m_ui->validateButton, &QPushButton::clicked, this, [this, text] { validate(text()); });
    reload();
}

ReviewPanel::~ReviewPanel() = default;

void ReviewPanel::showSection(CaseSection section)
{
    m_section = section;
    render();
}

QString ReviewPanel::commentsText() const
{
    return m_ui->commentsView->toPlainText();
}

bool ReviewPanel::done(const Status& status)
{
    if (!status) {
        emit failed(status.error());
        return false;
    }
    m_ui->textEdit->clear();
    reload();
    return true;
}

bool ReviewPanel::submit(const QString& note)
{
    auto id = m_reviews.submit(m_beneficiaryId, ss(note));
    return done(id ? Status(Ok{}) : Status(id.error()));
}

bool ReviewPanel::comment(const QString& text)
{
    auto id = m_reviews.comment(m_beneficiaryId, m_section, ss(text));
    return done(id ? Status(Ok{}) : Status(id.error()));
}

bool ReviewPanel::requestChanges(const QString& note)
{
    return done(m_reviews.requestChanges(m_beneficiaryId, ss(note)));
}

bool ReviewPanel::validate(const QString& note)
{
    return done(m_reviews.validate(m_beneficiaryId, ss(note)));
}

void ReviewPanel::reload()
{
    auto history = m_reviews.history(m_beneficiaryId);
    m_history = history ? std::move(history).value() : std::vector<Review>();
    render();
    if (!m_history.empty() || history)
        emit stateChanged(m_history.empty() ? ReviewState::Draft
                                            : m_history.front().outcome.value_or(ReviewState::Submitted));
}

void ReviewPanel::render()
{
    const bool pending = !m_history.empty() && !m_history.front().outcome;
    const ReviewState state =
        m_history.empty() ? ReviewState::Draft : m_history.front().outcome.value_or(ReviewState::Submitted);
    m_ui->stateLabel->setText(tr("State: %1").arg(Labels::of(state)));
    m_ui->submitButton->setVisible(m_canSubmit && !pending);
    m_ui->commentButton->setVisible(m_canReview && pending);
    m_ui->requestChangesButton->setVisible(m_canReview && pending);
    m_ui->validateButton->setVisible(m_canReview && pending);
    m_ui->textEdit->setVisible((m_canSubmit && !pending) || (m_canReview && pending));
    m_ui->textEdit->setPlaceholderText(
        m_canReview ? tr("Your comment on the section “%1”, or a note with your decision").arg(Labels::of(m_section))
                    : tr("What the supervisor should look at (optional)"));

    // Comments on this section, newest round first, then each round's submission and decision.
    QString html = QStringLiteral("<h4>%1</h4>").arg(tr("Comments on “%1”").arg(Labels::of(m_section)).toHtmlEscaped());
    bool any = false;
    for (const Review& round : m_history)
        for (const ReviewComment& c : round.comments)
            if (c.section == m_section) {
                html += QStringLiteral("<p><b>%1</b>, %2<br>%3</p>")
                            .arg(qs(c.authorName).toHtmlEscaped(), day(c.writtenAt),
                                 qs(c.text).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
                any = true;
            }
    if (!any)
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No comment on this section.").toHtmlEscaped());
    if (!m_history.empty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("History").toHtmlEscaped());
        for (const Review& round : m_history) {
            QString line = tr("Submitted by %1 on %2").arg(qs(round.submitterName), day(round.submittedAt));
            if (round.outcome)
                line +=
                    QStringLiteral(" — ") +
                    tr("%1 by %2 on %3").arg(Labels::of(*round.outcome), qs(round.deciderName), day(round.decidedAt));
            html += QStringLiteral("<p>%1").arg(line.toHtmlEscaped());
            if (!round.note.empty())
                html += QStringLiteral("<br>%1 <i>%2</i>")
                            .arg(tr("Counsellor's note:").toHtmlEscaped(), qs(round.note).toHtmlEscaped());
            if (!round.decisionNote.empty())
                html += QStringLiteral("<br><i>%1</i>").arg(qs(round.decisionNote).toHtmlEscaped());
            html += QStringLiteral("</p>");
        }
    }
    m_ui->commentsView->setHtml(html);
}
