#include "administration/ProgrammeDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "services/SupportPeriods.h"
#include "ui_ProgrammeDialog.h"

using namespace trame;

ProgrammeDialog::ProgrammeDialog(services::SupportPeriods& periods, const Programme& programme, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProgrammeDialog>()), m_periods(periods), m_programme(programme),
      m_adding(programme.code.empty())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    setWindowTitle(m_adding ? tr("Add a programme") : tr("Change a programme"));
    m_ui->maxSpin->setSpecialValueText(tr("no limit"));
    m_ui->maxSpin->setSuffix(tr(" months"));
    m_ui->codeEdit->setText(qs(programme.code));
    m_ui->codeEdit->setReadOnly(!m_adding);
    m_ui->labelEdit->setText(qs(programme.label));
    m_ui->maxSpin->setValue(programme.maxMonths.value_or(0));
    m_ui->activeCheck->setChecked(programme.active);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ProgrammeDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ProgrammeDialog::reject);
}

ProgrammeDialog::~ProgrammeDialog() = default;

bool ProgrammeDialog::submit()
{
    Programme edited = m_programme;
    edited.code = ss(m_ui->codeEdit->text().trimmed());
    edited.label = ss(m_ui->labelEdit->text().trimmed());
    const int months = m_ui->maxSpin->value();
    edited.maxMonths = months > 0 ? std::optional<int>(months) : std::nullopt;
    edited.active = m_ui->activeCheck->isChecked();
    const Status saved = m_adding ? m_periods.addProgramme(edited) : m_periods.saveProgramme(edited);
    if (saved)
        return true;
    ErrorText::show(m_ui->errorLabel, saved.error());
    m_ui->errorLabel->show();
    const std::string& path = saved.error().path;
    (path == "label"        ? m_ui->labelEdit
     : path == "max_months" ? static_cast<QWidget*>(m_ui->maxSpin)
                            : m_ui->codeEdit)
        ->setFocus();
    return false;
}

void ProgrammeDialog::accept()
{
    if (submit())
        QDialog::accept();
}
