#include "administration/ExitReasonDialog.h"

#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "services/SupportPeriods.h"
#include "ui_ExitReasonDialog.h"

using namespace trame;

ExitReasonDialog::ExitReasonDialog(services::SupportPeriods& periods, const ExitReason& reason, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ExitReasonDialog>()), m_periods(periods), m_reason(reason),
      m_adding(reason.code.empty())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    setWindowTitle(m_adding ? tr("Add an exit reason") : tr("Change an exit reason"));
    for (IaeExitCategory c : allEnumerators<IaeExitCategory>())
        m_ui->iaeCombo->addItem(Labels::of(c), static_cast<int>(c));
    for (FseSituation s : allEnumerators<FseSituation>())
        m_ui->fseCombo->addItem(Labels::of(s), static_cast<int>(s));
    m_ui->codeEdit->setText(qs(reason.code));
    m_ui->codeEdit->setReadOnly(!m_adding);
    m_ui->labelEdit->setText(qs(reason.label));
    m_ui->iaeCombo->setCurrentIndex(m_ui->iaeCombo->findData(static_cast<int>(reason.iae)));
    m_ui->plieCheck->setChecked(reason.pliePositive);
    m_ui->fseCombo->setCurrentIndex(m_ui->fseCombo->findData(static_cast<int>(reason.fse)));
    m_ui->activeCheck->setChecked(reason.active);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ExitReasonDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ExitReasonDialog::reject);
}

ExitReasonDialog::~ExitReasonDialog() = default;

bool ExitReasonDialog::submit()
{
    ExitReason edited = m_reason;
    edited.code = ss(m_ui->codeEdit->text().trimmed());
    edited.label = ss(m_ui->labelEdit->text().trimmed());
    edited.iae = static_cast<IaeExitCategory>(m_ui->iaeCombo->currentData().toInt());
    edited.pliePositive = m_ui->plieCheck->isChecked();
    edited.fse = static_cast<FseSituation>(m_ui->fseCombo->currentData().toInt());
    edited.active = m_ui->activeCheck->isChecked();
    const Status saved = m_adding ? m_periods.addExitReason(edited) : m_periods.saveExitReason(edited);
    if (saved)
        return true;
    ErrorText::show(m_ui->errorLabel, saved.error());
    m_ui->errorLabel->show();
    (saved.error().path == "label" ? m_ui->labelEdit : m_ui->codeEdit)->setFocus();
    return false;
}

void ExitReasonDialog::accept()
{
    if (submit())
        QDialog::accept();
}
