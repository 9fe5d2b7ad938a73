#include "InterviewForm.h"

#include "Conversions.h"
#include "InterviewTemplateModel.h"
#include "SectionDelegate.h"
#include "TextBinding.h"
#include "ui_InterviewForm.h"

#include <QHeaderView>

InterviewForm::InterviewForm(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InterviewForm>()), m_model(new InterviewTemplateModel(this))
{
    m_ui->setupUi(this);
    m_ui->itemsView->setModel(m_model);
    m_ui->itemsView->setItemDelegate(new SectionDelegate(m_ui->itemsView));
    m_ui->itemsView->header()->setStretchLastSection(true);
    m_ui->nextEdit->setMinimumDate(SectionDelegate::noDate());
    m_ui->nextEdit->setSpecialValueText(tr("none"));
    m_ui->selfAssessmentEdit->setUndoRedoEnabled(false);
    TextBinding::routeUndoToWindow(m_ui->selfAssessmentEdit);

    connect(m_model, &InterviewTemplateModel::entriesEdited, this, &InterviewForm::readBack);
    connect(m_ui->heldOnEdit, &QDateEdit::dateChanged, this, &InterviewForm::readBack);
    connect(m_ui->nextEdit, &QDateEdit::dateChanged, this, &InterviewForm::readBack);
    connect(m_ui->selfAssessmentEdit, &QPlainTextEdit::textChanged, this, &InterviewForm::readBack);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, &InterviewForm::propose);
    clear();
}

InterviewForm::~InterviewForm() = default;

void InterviewForm::setInterview(const trame::Interview& interview, const trame::InterviewTemplate* usedTemplate,
                                 const std::optional<trame::FollowUpRhythm>& rhythm, bool readOnly)
{
    m_loading = true;
    m_interview = interview;
    m_rhythm = rhythm;
    m_model->setContent(usedTemplate, interview.entries, readOnly);
    m_ui->itemsView->expandAll();
    m_ui->itemsView->resizeColumnToContents(0);
    m_ui->heldOnEdit->setDate(toQDate(interview.heldOn));
    m_ui->nextEdit->setDate(interview.nextAppointment ? toQDate(*interview.nextAppointment) : SectionDelegate::noDate());
    m_ui->selfAssessmentEdit->setPlainText(qs(interview.selfAssessment));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->heldOnEdit), static_cast<QWidget*>(m_ui->nextEdit),
                       static_cast<QWidget*>(m_ui->proposeButton)})
        w->setEnabled(!readOnly);
    m_ui->selfAssessmentEdit->setReadOnly(readOnly);
    setEnabled(true);
    m_loading = false;
}

void InterviewForm::showTemplateOnly()
{
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->heldOnLabel, m_ui->heldOnEdit, m_ui->nextLabel, m_ui->nextEdit,
                                                      m_ui->proposeButton, m_ui->selfAssessmentLabel,
                                                      m_ui->selfAssessmentEdit})
        w->hide();
}

void InterviewForm::clear()
{
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
    if (const auto held = toDate(m_ui->heldOnEdit->date()))
        m_interview.heldOn = *held;
    m_interview.nextAppointment =
        m_ui->nextEdit->date() == SectionDelegate::noDate() ? std::nullopt : toDate(m_ui->nextEdit->date());
    m_interview.selfAssessment = ss(m_ui->selfAssessmentEdit->toPlainText());
    m_interview.entries = m_model->entries();
    emit edited();
}

std::optional<trame::Date> InterviewForm::proposedNext(const trame::Date& heldOn,
                                                       const std::optional<trame::FollowUpRhythm>& rhythm)
{
    if (!rhythm)
        return std::nullopt;
    return rhythm->interval.after(heldOn);
}

void InterviewForm::propose()
{
    if (const auto next = proposedNext(m_interview.heldOn, m_rhythm))
        m_ui->nextEdit->setDate(toQDate(*next));
}
