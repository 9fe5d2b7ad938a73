#include "periods/PauseDialog.h"

#include "common/Conversions.h"
#include "periods/PeriodErrors.h"
#include "services/SupportPeriods.h"
#include "ui_PauseDialog.h"

using namespace trame;

PauseDialog::PauseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId, const Date& today,
                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PauseDialog>()), m_periods(periods), m_beneficiaryId(beneficiaryId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (DateField* field : {m_ui->fromEdit, m_ui->expectedEndEdit})
        field->setToday(toQDate(today));
    m_ui->fromEdit->setDate(toQDate(today));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PauseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PauseDialog::reject);
}

PauseDialog::~PauseDialog() = default;

bool PauseDialog::submit()
{
    m_ui->errorLabel->hide();
    const auto from = toDate(m_ui->fromEdit->date());
    if (!from || !m_ui->expectedEndEdit->isAcceptable()) {
        DateField* wrong = from ? m_ui->expectedEndEdit : m_ui->fromEdit;
        m_ui->errorLabel->setText(tr("Type the date as 15/03/2026."));
        m_ui->errorLabel->show();
        wrong->setFocus();
        return false;
    }
    Pause pause;
    pause.from = *from;
    pause.expectedEnd = toDate(m_ui->expectedEndEdit->date());
    pause.reason = ss(m_ui->reasonEdit->text().trimmed());
    auto paused = m_periods.pause(m_beneficiaryId, pause);
    if (paused)
        return true;
    PeriodErrors::show(
        m_ui->errorLabel, paused.error(),
        {{"from", m_ui->fromEdit}, {"expected_end", m_ui->expectedEndEdit}, {"reason", m_ui->reasonEdit}});
    return false;
}

void PauseDialog::accept()
{
    if (submit())
        QDialog::accept();
}
