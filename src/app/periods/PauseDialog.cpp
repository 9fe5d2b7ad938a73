#include "periods/PauseDialog.h"

#include "common/Conversions.h"
#include "common/FieldError.h"
#include "periods/PeriodErrors.h"
#include "services/SupportPeriods.h"
#include "ui_PauseDialog.h"

using namespace trame;

PauseDialog::PauseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId, const Date& today,
                         QWidget* parent)
    : PauseDialog(periods, beneficiaryId, std::nullopt, today, parent)
{
}

PauseDialog::PauseDialog(services::SupportPeriods& periods, const SupportPeriod& period, const Date& today,
                         QWidget* parent)
    : PauseDialog(periods, period.beneficiaryId, period, today, parent)
{
}

PauseDialog::PauseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId,
                         std::optional<SupportPeriod> corrected, const Date& today, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PauseDialog>()), m_periods(periods), m_beneficiaryId(beneficiaryId),
      m_corrected(std::move(corrected))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    for (DateField* field : {m_ui->fromEdit, m_ui->expectedEndEdit, m_ui->untilEdit})
        field->setToday(toQDate(today));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PauseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PauseDialog::reject);
    if (!m_corrected || m_corrected->pauses.empty()) {
        for (QWidget* w : {static_cast<QWidget*>(m_ui->pauseLabel), static_cast<QWidget*>(m_ui->pauseCombo),
                           static_cast<QWidget*>(m_ui->untilLabel), static_cast<QWidget*>(m_ui->untilEdit)})
            w->hide();
        m_ui->fromEdit->setDate(toQDate(today));
        return;
    }
    setWindowTitle(tr("Correct a pause"));
    m_ui->explanation->setText(tr("Correct what was recorded of a pause: its dates and its reason. A pause under "
                                  "way is ended by resuming the follow-up, not here."));
    for (const Pause& p : m_corrected->pauses)
        m_ui->pauseCombo->addItem(
            p.until ? tr("from %1 to %2 — %3").arg(formatDate(p.from), formatDate(*p.until), qs(p.reason))
                    : tr("since %1 — %2").arg(formatDate(p.from), qs(p.reason)));
    connect(m_ui->pauseCombo, &QComboBox::currentIndexChanged, this, &PauseDialog::showPause);
    m_ui->pauseCombo->setCurrentIndex(m_ui->pauseCombo->count() - 1);
    showPause(m_ui->pauseCombo->currentIndex());
}

PauseDialog::~PauseDialog() = default;

void PauseDialog::showPause(int index)
{
    if (index < 0 || index >= static_cast<int>(m_corrected->pauses.size()))
        return;
    const Pause& p = m_corrected->pauses[static_cast<std::size_t>(index)];
    m_ui->fromEdit->setDate(toQDate(p.from));
    m_ui->expectedEndEdit->setDate(p.expectedEnd ? toQDate(*p.expectedEnd) : QDate());
    m_ui->untilEdit->setDate(p.until ? toQDate(*p.until) : QDate());
    m_ui->untilLabel->setVisible(p.until.has_value());
    m_ui->untilEdit->setVisible(p.until.has_value());
    m_ui->reasonEdit->setText(qs(p.reason));
}

std::optional<Pause> PauseDialog::typedPause()
{
    const auto from = toDate(m_ui->fromEdit->date());
    const bool ended = !m_ui->untilEdit->isHidden();
    const auto until = toDate(m_ui->untilEdit->date());
    DateField* wrong = !from                                    ? m_ui->fromEdit
                       : !m_ui->expectedEndEdit->isAcceptable() ? m_ui->expectedEndEdit
                       : ended && !until                        ? m_ui->untilEdit
                                                                : nullptr;
    for (QWidget* field : {m_ui->fromEdit, m_ui->expectedEndEdit, m_ui->untilEdit})
        FieldError::clear(m_ui->errorLabel, field);
    if (wrong) {
        FieldError::show(m_ui->errorLabel, tr("Type the date as 15/03/2026."), wrong);
        return std::nullopt;
    }
    Pause pause;
    pause.from = *from;
    pause.expectedEnd = toDate(m_ui->expectedEndEdit->date());
    if (ended)
        pause.until = until;
    pause.reason = ss(m_ui->reasonEdit->text().trimmed());
    return pause;
}

Result<SupportPeriod> PauseDialog::store(const Pause& pause)
{
    if (!m_corrected)
        return m_periods.pause(m_beneficiaryId, pause);
    return m_periods.correctPause(*m_corrected, static_cast<std::size_t>(m_ui->pauseCombo->currentIndex()), pause);
}

bool PauseDialog::submit()
{
    m_ui->errorLabel->hide();
    const auto pause = typedPause();
    if (!pause)
        return false;
    auto stored = store(*pause);
    if (stored)
        return true;
    PeriodErrors::show(m_ui->errorLabel, stored.error(),
                       {{"from", m_ui->fromEdit},
                        {"expected_end", m_ui->expectedEndEdit},
                        {"until", m_ui->untilEdit},
                        {"reason", m_ui->reasonEdit}});
    return false;
}

void PauseDialog::accept()
{
    if (submit())
        QDialog::accept();
}
