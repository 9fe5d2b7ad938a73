#include "interviews/InterviewForm.h"

#include "common/Conversions.h"
#include "common/SectionDelegate.h"
#include "common/UndoRouting.h"
#include "domain/InterviewRules.h"
#include "interviews/InterviewEdit.h"
#include "interviews/InterviewTemplateModel.h"
#include "ui_InterviewForm.h"

#include <QHeaderView>

InterviewForm::InterviewForm(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InterviewForm>()), m_model(new InterviewTemplateModel(this))
{
    m_ui->setupUi(this);
    m_ui->itemsView->setModel(m_model);
    m_ui->itemsView->setItemDelegate(new SectionDelegate(m_ui->itemsView));
    m_ui->itemsView->header()->setStretchLastSection(true);
    m_ui->nextEdit->setPlaceholderText(tr("none"));
    m_ui->selfAssessmentEdit->setUndoRedoEnabled(false);
    UndoRouting::routeUndoToWindow(m_ui->selfAssessmentEdit);

    connect(m_model, &InterviewTemplateModel::entriesEdited, this, &InterviewForm::readBack);
    connect(m_ui->heldOnEdit, &DateField::dateEdited, this, &InterviewForm::moveTo);
    connect(m_ui->nextEdit, &DateField::dateEdited, this, [this](const QDate& next) {
        // Refused here, in words, rather than by the save in a technical message.
        if (const auto date = toDate(next); date && *date < m_interview.heldOn) {
            showNotice(tr("The next appointment cannot come before the interview: choose a later day."));
            return;
        }
        showNotice({});
        readBack();
    });
    connect(m_ui->selfAssessmentEdit, &QPlainTextEdit::textChanged, this, &InterviewForm::readBack);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &InterviewForm::propose);
    clear();
}

InterviewForm::~InterviewForm() = default;

void InterviewForm::setToday(const QDate& today)
{
    m_ui->heldOnEdit->setToday(today);
    m_ui->nextEdit->setToday(today);
}

void InterviewForm::setInterview(const trame::Interview& interview, const trame::InterviewTemplate* usedTemplate,
                                 const std::optional<trame::FollowUpRhythm>& rhythm, bool readOnly,
                                 const std::vector<trame::Interview>& earlier)
{
    m_undo.clear();
    m_rhythm = rhythm;
    m_template = usedTemplate;
    m_readOnly = readOnly;
    m_earlier = earlier;
    showNotice({});
    showInterview(interview);
    m_ui->heldOnEdit->setReadOnly(readOnly);
    m_ui->nextEdit->setReadOnly(readOnly);
    m_ui->proposeButton->setEnabled(!readOnly);
    m_ui->selfAssessmentEdit->setReadOnly(readOnly);
    setEnabled(true);
}

void InterviewForm::showInterview(const trame::Interview& interview)
{
    m_loading = true;
    m_interview = interview;
    m_shown = interview;
    m_model->setContent(m_template, interview.entries, m_readOnly, m_earlier);
    m_ui->itemsView->expandAll();
    m_ui->itemsView->resizeColumnToContents(0);
    m_ui->heldOnEdit->setDate(toQDate(interview.heldOn));
    m_ui->nextEdit->setDate(interview.nextAppointment ? toQDate(*interview.nextAppointment) : QDate());
    if (m_ui->selfAssessmentEdit->toPlainText() != qs(interview.selfAssessment))
        m_ui->selfAssessmentEdit->setPlainText(qs(interview.selfAssessment));
    m_loading = false;
}

void InterviewForm::restore(const trame::Interview& interview)
{
    showInterview(interview);
    emit edited();
}

void InterviewForm::showTemplateOnly()
{
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->heldOnLabel, m_ui->heldOnEdit, m_ui->nextLabel, m_ui->nextEdit,
                                         m_ui->proposeButton, m_ui->selfAssessmentLabel, m_ui->selfAssessmentEdit})
        w->hide();
}

void InterviewForm::clear()
{
    m_undo.clear();
    m_loading = true;
    m_interview = {};
    m_model->setContent(nullptr, {}, true);
    m_ui->selfAssessmentEdit->clear();
    setEnabled(false);
    m_loading = false;
}

void InterviewForm::readBack()
{
    if (m_loading)
        return;
    m_interview.nextAppointment = toDate(m_ui->nextEdit->date());
    m_interview.selfAssessment = ss(m_ui->selfAssessmentEdit->toPlainText());
    m_interview.entries = m_model->entries();
    if (m_interview != m_shown) {
        m_undo.push(new InterviewEdit(m_shown, m_interview, InterviewEdit::mergeKeyFor(m_shown, m_interview),
                                      [this](const trame::Interview& i) { restore(i); }));
        m_shown = m_interview;
    }
    emit edited();
}

void InterviewForm::moveTo(const QDate& heldOn)
{
    const auto date = toDate(heldOn);
    if (m_loading || !date)
        return; // an interview always has a date: an emptied field keeps the last one
    if (trame::rules::moveInterview(m_interview, *date, m_rhythm)) {
        m_ui->nextEdit->setDate(m_interview.nextAppointment ? toQDate(*m_interview.nextAppointment) : QDate());
        showNotice(m_interview.nextAppointment
                       ? tr("The next appointment came before this date: proposed again from the rhythm, on %1.")
                             .arg(formatDate(m_interview.nextAppointment))
                       : tr("The next appointment came before this date: it is cleared, choose a new one."));
    }
    readBack();
}

void InterviewForm::propose()
{
    if (const auto next = trame::rules::proposedNext(m_interview.heldOn, m_rhythm)) {
        m_ui->nextEdit->setDate(toQDate(*next));
        showNotice({});
        readBack();
    }
}

void InterviewForm::showNotice(const QString& text)
{
    m_ui->noticeLabel->setText(text);
    m_ui->noticeLabel->setAccessibleDescription(text);
    m_ui->noticeLabel->setVisible(!text.isEmpty());
}
