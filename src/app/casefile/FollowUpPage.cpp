#include "casefile/FollowUpPage.h"

#include "appointments/AppointmentsPanel.h"
#include "casefile/CaseFileDocument.h"
#include "common/AppClock.h"
#include "common/AutoSaver.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/InterviewRules.h"
#include "interviews/InterviewForm.h"
#include "services/CaseFiles.h"
#include "ui_FollowUpPage.h"

using namespace trame;

FollowUpPage::FollowUpPage(QWidget* parent)
    : SectionPage(parent), m_ui(std::make_unique<Ui::FollowUpPage>()),
      m_saver(new AutoSaver([this] { return saveCurrent(); }, this))
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("every", "before a number of days or months"),
                             qs(std::string(toString(RhythmKind::Recurring))));
    m_ui->kindCombo->addItem(tr("once,"), qs(std::string(toString(RhythmKind::OnceAfter))));
    m_ui->splitter->setStretchFactor(1, 3);
    // The list shows whole dates, whatever the font.
    m_ui->interviewList->setMinimumWidth(
        m_ui->interviewList->fontMetrics().horizontalAdvance(tr("Interview of %1").arg(QStringLiteral("00/00/0000"))) +
        8);
    connect(m_saver, &AutoSaver::saved, this, &FollowUpPage::saved);
    connect(m_ui->appointmentsPanel, &AppointmentsPanel::failed, this, &FollowUpPage::saveFailed);
    connect(m_ui->appointmentsPanel, &AppointmentsPanel::changed, this, &FollowUpPage::appointmentsChanged);
    connect(m_saver, &AutoSaver::failed, this, &FollowUpPage::saveFailed);
    connect(m_ui->newInterviewButton, &QPushButton::clicked, this, &FollowUpPage::newInterview);
    connect(m_ui->interviewList, &QListWidget::currentRowChanged, this, &FollowUpPage::select);
    connect(m_ui->form, &InterviewForm::edited, this, [this] {
        if (m_current < 0)
            return;
        // The form edits the content; the id and row version stay those of the stored interview.
        Interview& stored = m_interviews[static_cast<size_t>(m_current)];
        const auto id = stored.id;
        const auto version = stored.version;
        stored = m_ui->form->interview();
        stored.id = id;
        stored.version = version;
        fillList();
        m_saver->schedule();
    });
}

FollowUpPage::~FollowUpPage() = default;

InterviewForm* FollowUpPage::form() const
{
    return m_ui->form;
}

void FollowUpPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_document = &document;
    m_context = context;
    m_interviews = context.interviews;
    bindRhythm();
    m_ui->form->setToday(toQDate(context.today));
    const bool reference = !context.service;
    // Only who may edit the file records an interview; a supervisor reads them.
    m_ui->newInterviewButton->setVisible(!reference && !document.isReadOnly());
    m_ui->listPane->setVisible(!reference);
    m_ui->appointmentsPanel->setVisible(!reference);
    if (reference) {
        // A reference case has no interviews: show the empty template, to learn it.
        Interview blank;
        blank.heldOn = context.today;
        const InterviewTemplate* latest =
            context.templates && !context.templates->empty() ? &context.templates->back() : nullptr;
        m_ui->form->setInterview(blank, latest, document.caseFile().rhythm, true);
        m_ui->form->showTemplateOnly();
        return;
    }
    if (context.appointments)
        m_ui->appointmentsPanel->bind(*context.appointments, document.caseFile().beneficiaryId, !document.isReadOnly(),
                                      context.flush);
    else
        m_ui->appointmentsPanel->hide();
    fillList();
    if (!m_interviews.empty())
        m_ui->interviewList->setCurrentRow(static_cast<int>(m_interviews.size()) - 1);
}

void FollowUpPage::wordRhythm()
{
    // The sentence the widgets make must agree: « toutes les 2 semaines », « tous les 3 mois »,
    // « chaque semaine ».
    const int count = m_ui->countSpin->value();
    const auto unit = parseEnum<IntervalUnit>(ss(m_ui->unitCombo->currentData().toString()));
    const QString every = count == 1                   ? tr("every", "before a single day, week or month")
                          : unit == IntervalUnit::Week ? tr("every", "before a number of weeks")
                                                       : tr("every", "before a number of days or months");
    m_ui->kindCombo->setItemText(0, every);
    for (int i = 0; i < m_ui->unitCombo->count(); ++i)
        if (auto shown = parseEnum<IntervalUnit>(ss(m_ui->unitCombo->itemData(i).toString())))
            m_ui->unitCombo->setItemText(i, Labels::of(*shown, count).section(QLatin1Char(' '), 1));
}

void FollowUpPage::bindRhythm()
{
    for (IntervalUnit unit : allEnumerators<IntervalUnit>())
        m_ui->unitCombo->addItem(Labels::of(unit, 2).section(QLatin1Char(' '), 1), qs(std::string(toString(unit))));
    const bool editable = !m_document->isReadOnly();
    m_ui->rhythmBox->setEnabled(true);
    for (QWidget* w : m_ui->rhythmBox->findChildren<QWidget*>())
        w->setEnabled(editable);
    // Before showing the rhythm: a group box made checkable comes checked, whatever the file says.
    m_ui->rhythmBox->setCheckable(editable);
    showRhythm();
    connect(m_ui->rhythmBox, &QGroupBox::toggled, this, &FollowUpPage::writeRhythm);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &FollowUpPage::writeRhythm);
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &FollowUpPage::wordRhythm);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &FollowUpPage::wordRhythm);
    wordRhythm();
    connect(m_ui->countSpin, &QSpinBox::valueChanged, this, &FollowUpPage::writeRhythm);
    connect(m_ui->unitCombo, &QComboBox::currentIndexChanged, this, &FollowUpPage::writeRhythm);
    connect(m_ui->eventEdit, &QLineEdit::textEdited, this, &FollowUpPage::writeRhythm);
    connect(m_ui->wordsEdit, &QLineEdit::textEdited, this, &FollowUpPage::writeRhythm);
    connect(m_document, &CaseFileDocument::changed, this, &FollowUpPage::showRhythm);
}

void FollowUpPage::showRhythm()
{
    m_updating = true;
    const auto& rhythm = m_document->caseFile().rhythm;
    m_ui->rhythmBox->setChecked(rhythm.has_value());
    const FollowUpRhythm shown = rhythm.value_or(FollowUpRhythm{});
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(qs(std::string(toString(shown.kind)))));
    m_ui->countSpin->setValue(shown.interval.count);
    m_ui->unitCombo->setCurrentIndex(m_ui->unitCombo->findData(qs(std::string(toString(shown.interval.unit)))));
    // A field keeps what is typed in it: its text is set only when the document says otherwise.
    for (auto [edit, text] :
         {std::pair{m_ui->eventEdit, qs(shown.afterEvent)}, std::pair{m_ui->wordsEdit, qs(shown.label)}})
        if (edit->text() != text)
            edit->setText(text);
    const bool once = shown.kind == RhythmKind::OnceAfter;
    m_ui->eventLabel->setVisible(once);
    m_ui->eventEdit->setVisible(once);
    m_updating = false;
}

void FollowUpPage::writeRhythm()
{
    if (m_updating)
        return;
    std::optional<FollowUpRhythm> rhythm;
    if (m_ui->rhythmBox->isChecked()) {
        FollowUpRhythm r;
        r.kind = parseEnum<RhythmKind>(ss(m_ui->kindCombo->currentData().toString())).value_or(RhythmKind::Recurring);
        r.interval.count = m_ui->countSpin->value();
        r.interval.unit =
            parseEnum<IntervalUnit>(ss(m_ui->unitCombo->currentData().toString())).value_or(IntervalUnit::Month);
        r.afterEvent = r.kind == RhythmKind::OnceAfter ? ss(m_ui->eventEdit->text()) : std::string();
        r.label = ss(m_ui->wordsEdit->text());
        rhythm = r;
    }
    m_document->edit(
        tr("Change the follow-up rhythm"), [&](CaseFile& c) { c.rhythm = rhythm; }, 999);
    showRhythm();
}

const InterviewTemplate* FollowUpPage::templateFor(int version) const
{
    if (!m_context.templates)
        return nullptr;
    for (const InterviewTemplate& t : *m_context.templates)
        if (t.version == version)
            return &t;
    return nullptr;
}

void FollowUpPage::fillList()
{
    const QSignalBlocker blocker(m_ui->interviewList);
    const int keep = m_ui->interviewList->currentRow();
    m_ui->interviewList->clear();
    for (const Interview& i : m_interviews) {
        QString text = tr("Interview of %1").arg(formatDate(i.heldOn));
        if (i.nextAppointment)
            text += QLatin1Char('\n') + tr("next: %1").arg(formatDate(i.nextAppointment));
        m_ui->interviewList->addItem(text);
    }
    m_ui->interviewList->setCurrentRow(keep);
}

void FollowUpPage::select(int row)
{
    if (row == m_current)
        return;
    m_saver->flush();
    m_current = row;
    if (row < 0 || row >= static_cast<int>(m_interviews.size())) {
        m_ui->form->clear();
        return;
    }
    const Interview& i = m_interviews[static_cast<size_t>(row)];
    const std::vector<Interview> earlier(m_interviews.begin(), m_interviews.begin() + row);
    m_ui->form->setInterview(i, templateFor(i.templateVersion), m_document->caseFile().rhythm, m_document->isReadOnly(),
                             earlier);
}

void FollowUpPage::newInterview()
{
    if (!m_context.service || !m_context.templates || m_context.templates->empty())
        return;
    m_saver->flush();
    // The items start where the last interview left them: the counsellor changes what moved.
    Interview i = rules::followingInterview(m_interviews.empty() ? nullptr : &m_interviews.back(),
                                            m_document->caseFile().beneficiaryId, m_context.today,
                                            m_context.templates->back().version, m_document->caseFile().rhythm);
    if (Status stored = m_context.service->saveInterview(i); !stored) {
        emit saveFailed(stored.error());
        return;
    }
    m_interviews.push_back(i);
    fillList();
    m_ui->interviewList->setCurrentRow(static_cast<int>(m_interviews.size()) - 1);
    emit saved(AppClock::now());
}

Status FollowUpPage::saveCurrent()
{
    if (!m_context.service || m_current < 0)
        return Ok{};
    Interview& i = m_interviews[static_cast<size_t>(m_current)];
    return m_context.service->saveInterview(i);
}

bool FollowUpPage::flush()
{
    return m_saver->flush();
}

std::optional<LocalTime> FollowUpPage::nextPlannedAppointment() const
{
    return m_ui->appointmentsPanel->isVisibleTo(this) ? m_ui->appointmentsPanel->nextPlanned() : std::nullopt;
}
