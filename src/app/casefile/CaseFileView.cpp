#include "casefile/CaseFileView.h"

#include "casefile/CaseFileDocument.h"
#include "casefile/FollowUpPage.h"
#include "casefile/GuideAdvice.h"
#include "casefile/PeriodPage.h"
#include "common/AutoSaver.h"
#include "common/Conversions.h"
#include "common/DocumentActions.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/Titles.h"
#include "common/UserPreferences.h"
#include "domain/CaseFileRules.h"
#include "review/ReviewPanel.h"
#include "services/CaseFiles.h"
#include "ui_CaseFileView.h"

#include <QAction>
#include <QTime>
#include <QToolButton>

#include <algorithm>

using namespace trame;

CaseFileView::CaseFileView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CaseFileView>()),
      m_saver(new AutoSaver([this] { return save(); }, this))
{
    m_ui->setupUi(this);
    makeTitle(m_ui->nameLabel, 1.4);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    // Every section's tab in sight, none behind a scroll arrow: the tabs set the least width.
    m_ui->sections->setUsesScrollButtons(false);
    connect(m_ui->backButton, &QPushButton::clicked, this, &CaseFileView::backRequested);
    auto* back = new QAction(this);
    back->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    connect(back, &QAction::triggered, this, &CaseFileView::backRequested);
    addAction(back);
    connect(m_saver, &AutoSaver::saved, this, &CaseFileView::saved);
    connect(m_saver, &AutoSaver::failed, this, [this](const Error& error) {
        if (error.kind == ErrorKind::Conflict)
            resolveConflict();
        else
            emit saveFailed(error);
    });
    connect(m_ui->followUpPage, &FollowUpPage::saved, this, &CaseFileView::saved);
    connect(m_ui->followUpPage, &FollowUpPage::saveFailed, this, &CaseFileView::saveFailed);
    connect(m_ui->followUpPage, &FollowUpPage::appointmentsChanged, this, &CaseFileView::updateHeader);
    connect(m_ui->sections, &QTabWidget::currentChanged, this, &CaseFileView::updateGuideAdvice);
    connect(m_ui->periodPage, &PeriodPage::followUpChanged, this, &CaseFileView::followUpChanged);
    connect(m_ui->periodPage, &PeriodPage::failed, this, &CaseFileView::saveFailed);
}

CaseFileView::~CaseFileView()
{
    // The pages refer to the document: they go first.
    m_ui.reset();
    qDeleteAll(findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly));
}

void CaseFileView::showCaseFile(const BeneficiaryRecord& record, services::CaseFiles& service,
                                services::SupportPeriods& periods, services::Appointments& appointments,
                                const ReferenceContent& references, const Date& today)
{
    m_service = &service;
    // Lists read "a, b" on the Profile page; the save trims them back.
    m_person = record.person;
    for (auto* list : {&m_person.languages, &m_person.resources})
        for (std::size_t i = 1; i < list->size(); ++i)
            (*list)[i].insert(0, " ");
    m_catalogue = references.catalogue;
    m_templates = references.templates;
    m_document = std::make_unique<CaseFileDocument>(record.caseFile, service.may(Action::EditCaseFile, record.person)
                                                                         ? CaseFileDocument::Editable
                                                                         : CaseFileDocument::ReadOnly);
    m_document->setPerson(m_person, service.may(Action::EditProfile, record.person));
    connect(m_document.get(), &CaseFileDocument::changed, this, [this](bool byUser) {
        updateHeader();
        if (byUser)
            m_saver->schedule();
    });
    m_ui->guideAdvice->hide();
    PageContext context;
    context.catalogue = &m_catalogue;
    context.templates = &m_templates;
    context.today = today;
    context.service = &service;
    context.periods = &periods;
    context.appointments = &appointments;
    context.flush = [this] { return flush(); };
    context.interviews = record.interviews;
    bindPages(context);
}

void CaseFileView::attachDocuments(DocumentActions* actions)
{
    actions->setBeneficiary(m_person.id);
    actions->setBeforeEach([this] { return flush(); });
    auto* button = new QToolButton(this);
    button->setText(tr("&Documents"));
    button->setToolTip(tr("Print or save as PDF the action plan, an interview summary, the whole case file, an "
                          "appointment letter or the bilan (Ctrl+P prints the action plan)"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMenu(actions->menu());
    m_ui->header->addWidget(button, 0, Qt::AlignTop);
}

void CaseFileView::restoreLayout()
{
    const std::string who = m_service ? m_service->actor().login() : std::string();
    const QString splitterKey = QStringLiteral("caseFile/splitter");
    const QString sectionKey = QStringLiteral("caseFile/section");
    if (const QByteArray sizes = UserPreferences::value(who, splitterKey).toByteArray(); !sizes.isEmpty())
        m_ui->splitter->restoreState(sizes);
    if (const int section = UserPreferences::value(who, sectionKey, 0).toInt();
        section > 0 && section < m_ui->sections->count())
        showSection(section);
    connect(m_ui->splitter, &QSplitter::splitterMoved, this,
            [this, who, splitterKey] { UserPreferences::setValue(who, splitterKey, m_ui->splitter->saveState()); });
    connect(m_ui->sections, &QTabWidget::currentChanged, this,
            [who, sectionKey](int index) { UserPreferences::setValue(who, sectionKey, index); });
}

void CaseFileView::showReference(const ReferenceCase& reference, const ReferenceContent& references, const Date& today)
{
    m_reference = reference;
    m_catalogue = references.catalogue;
    m_templates = references.templates;
    m_document = std::make_unique<CaseFileDocument>(reference.content, CaseFileDocument::Reference);
    m_ui->backButton->hide();
    // A reference case has no person to profile, nor a follow-up period.
    delete m_ui->profilePage;
    m_ui->profilePage = nullptr;
    delete m_ui->periodPage;
    m_ui->periodPage = nullptr;
    // Widths in characters of the font in use, so that a larger system font keeps the proportions.
    const int character = fontMetrics().averageCharWidth();
    m_ui->guideAdvice->setMinimumWidth(36 * character);
    m_ui->splitter->setSizes({90 * character, 42 * character});
    PageContext context;
    context.catalogue = &m_catalogue;
    context.templates = &m_templates;
    context.today = today;
    bindPages(context);
    updateGuideAdvice();
}

void CaseFileView::bindPages(const PageContext& context)
{
    for (int i = 0; i < m_ui->sections->count(); ++i)
        static_cast<SectionPage*>(m_ui->sections->widget(i))->bind(*m_document, context);
    updateHeader();
}

void CaseFileView::attachReview(ReviewPanel* panel)
{
    m_review = panel;
    m_ui->splitter->addWidget(panel);
    const int character = fontMetrics().averageCharWidth();
    m_ui->splitter->setSizes({110 * character, std::max(34 * character, panel->minimumSizeHint().width())});
    // The guide's six sections have review comments; the profile has none of its own.
    const auto follow = [this] {
        const int index = m_ui->sections->currentIndex();
        if (index < static_cast<int>(allEnumerators<CaseSection>().size()))
            m_review->showSection(static_cast<CaseSection>(index));
    };
    connect(m_ui->sections, &QTabWidget::currentChanged, panel, follow);
    connect(panel, &ReviewPanel::stateChanged, this, [this](ReviewState state) {
        CaseFile content = m_document->caseFile();
        content.reviewState = state;
        m_document->reset(content, false);
    });
    follow();
}

InterviewForm* CaseFileView::interviewForm() const
{
    return m_ui->followUpPage->form();
}

std::int64_t CaseFileView::beneficiaryId() const
{
    return m_document ? m_document->caseFile().beneficiaryId : 0;
}

void CaseFileView::showSection(int index)
{
    m_ui->sections->setCurrentIndex(index);
}

void CaseFileView::focusFirstField()
{
    QWidget* page = m_ui->sections->currentWidget();
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain())
        if (page->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && w->isVisibleTo(page)) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
}

int CaseFileView::currentSection() const
{
    return m_ui->sections->currentIndex();
}

void CaseFileView::setEditingSuspended(bool suspended)
{
    m_ui->sections->setEnabled(!suspended);
    if (m_review)
        m_review->setEnabled(!suspended);
}

bool CaseFileView::isEditingSuspended() const
{
    return !m_ui->sections->isEnabled();
}

bool CaseFileView::flush()
{
    const bool caseSaved = m_saver->flush();
    return m_ui->followUpPage->flush() && caseSaved;
}

Status CaseFileView::savePerson()
{
    const Beneficiary& edited = m_document->person();
    if (m_document->isPersonReadOnly() || edited == m_person)
        return Ok{};
    // The store gets the lists trimmed; the page keeps them as typed, with the new version.
    Beneficiary stored = edited;
    for (auto* list : {&stored.languages, &stored.resources}) {
        std::vector<std::string> kept;
        for (const std::string& item : *list)
            if (const auto first = item.find_first_not_of(' '); first != std::string::npos)
                kept.push_back(item.substr(first, item.find_last_not_of(' ') - first + 1));
        *list = kept;
    }
    if (Status status = m_service->savePerson(stored); !status)
        return status;
    Beneficiary shown = edited;
    shown.version = stored.version;
    shown.updatedAt = stored.updatedAt;
    m_person = shown;
    m_document->resetPerson(shown);
    return Ok{};
}

Status CaseFileView::save()
{
    if (!m_service || !m_document)
        return Ok{};
    // A profile refused (an e-mail mistyped) does not hold back the rest of the file: the case
    // file is saved all the same, and the refusal is what the status bar shows.
    const Status person = savePerson();
    if (!person && person.error().kind != ErrorKind::Invalid)
        return person;
    CaseFile edited = m_document->caseFile();
    CaseFile stored = edited;
    if (Status status = m_service->saveCaseFile(stored); !status)
        return status;
    // Only the ids of new items and the new version come back: the texts stay as typed (the store
    // trims them) and the rows not yet named stay on screen. Undo history stays.
    rules::adoptStoredIds(edited, stored);
    m_document->reset(edited, false);
    return person;
}

void CaseFileView::resolveConflict()
{
    const int choice = MessageBox::choose(
        this, tr("Saved elsewhere meanwhile"),
        tr("This case file was changed on another workstation while you were editing it. Which version do you "
           "want to keep?"),
        {tr("Keep &mine (replace theirs)"), tr("Take &theirs (drop my changes)")}, 0);
    auto stored = m_service->open(beneficiaryId());
    if (!stored) {
        emit saveFailed(stored.error());
        return;
    }
    if (choice == 0) {
        CaseFile mine = m_document->caseFile();
        mine.version = stored->caseFile.version; // deliberately over the other version
        Beneficiary myPerson = m_document->person();
        myPerson.version = stored->person.version;
        m_person.version = -1; // differs from what is shown: saved again
        m_document->resetPerson(myPerson);
        m_document->reset(mine, false);
        m_saver->schedule();
        m_saver->flush();
    } else {
        m_person = stored->person; // their lists, unspaced: rewritten by the next save only
        m_document->resetPerson(stored->person);
        m_document->reset(stored->caseFile, true);
    }
}

void CaseFileView::updateHeader()
{
    if (m_reference) {
        m_ui->nameLabel->setText(
            tr("Case %1 – %2 (%3)")
                .arg(m_reference->number)
                .arg(qs(m_reference->title))
                .arg(Labels::of(m_reference->civility) + QLatin1Char(' ') + qs(m_reference->name)));
        m_ui->summaryLabel->setText(tr("Problem statement: %1").arg(qs(m_reference->content.problemStatement)));
        return;
    }
    if (!m_document)
        return;
    const CaseFile& c = m_document->caseFile();
    int open = 0;
    for (const Obstacle& o : c.obstacles)
        open += o.status != ObstacleStatus::Lifted ? 1 : 0;
    const Beneficiary& person = m_document->person();
    m_ui->nameLabel->setText(qs(person.displayName()));
    QString summary = tr("Case file no. %1").arg(person.id);
    if (!person.phone.empty())
        summary += QStringLiteral("  ·  ") + tr("Phone: %1").arg(qs(person.phone));
    summary += QStringLiteral("  ·  ") + tr("Follow-up: %1").arg(Labels::of(person.status));
    summary += QStringLiteral("  ·  ") + tr("Obstacles: %n open of %1", nullptr, open).arg(c.obstacles.size());
    summary += QStringLiteral("  ·  ") + tr("Review: %1").arg(Labels::of(c.reviewState));
    // The next appointment planned; without one, the date agreed at the last interview.
    const auto& interviews = m_ui->followUpPage->interviews();
    if (const auto planned = m_ui->followUpPage->nextPlannedAppointment())
        summary += QStringLiteral("  ·  ") +
                   tr("Next appointment: %1 at %2").arg(formatDate(planned->day)).arg(clockText(planned->minute));
    else if (!interviews.empty() && interviews.back().nextAppointment)
        summary +=
            QStringLiteral("  ·  ") + tr("Next appointment: %1").arg(formatDate(interviews.back().nextAppointment));
    m_ui->summaryLabel->setText(summary);
}

void CaseFileView::updateGuideAdvice()
{
    if (m_reference)
        m_ui->guideAdvice->setHtml(GuideAdvice::html(*m_reference, m_catalogue, m_ui->sections->currentIndex()));
}
