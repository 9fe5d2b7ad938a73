#include "periods/CloseDialog.h"

#include "common/Conversions.h"
#include "common/FieldError.h"
#include "common/Labels.h"
#include "domain/Enums.h"
#include "periods/BilanModel.h"
#include "periods/PeriodErrors.h"
#include "services/SupportPeriods.h"
#include "ui_CloseDialog.h"

#include <QHeaderView>

#include <algorithm>

using namespace trame;

CloseDialog::CloseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId, const Date& today,
                         QWidget* parent)
    : CloseDialog(periods, beneficiaryId, std::nullopt, today, parent)
{
}

CloseDialog::CloseDialog(services::SupportPeriods& periods, const SupportPeriod& closed, const Date& today,
                         QWidget* parent)
    : CloseDialog(periods, closed.beneficiaryId, closed, today, parent)
{
}

CloseDialog::CloseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId,
                         std::optional<SupportPeriod> corrected, const Date& today, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloseDialog>()), m_periods(periods), m_beneficiaryId(beneficiaryId),
      m_corrected(std::move(corrected))
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->dateEdit->setToday(toQDate(today));
    m_ui->dateEdit->setDate(toQDate(today));
    for (FseSituation s : allEnumerators<FseSituation>())
        m_ui->situationCombo->addItem(Labels::of(s), static_cast<int>(s));
    fillReasons();
    m_outcomes = new BilanModel(startingBilan(), this);
    m_ui->outcomesView->setModel(m_outcomes);
    for (int row : m_outcomes->headingRows())
        m_ui->outcomesView->setSpan(row, 0, 1, 2);
    m_ui->outcomesView->horizontalHeader()->setSectionResizeMode(BilanModel::ItemColumn, QHeaderView::Stretch);
    m_ui->outcomesView->horizontalHeader()->setSectionResizeMode(BilanModel::OutcomeColumn, QHeaderView::Stretch);
    m_ui->outcomesView->verticalHeader()->hide();
    m_ui->outcomesView->setCurrentIndex(m_outcomes->index(1, BilanModel::OutcomeColumn));
    connect(m_ui->reasonCombo, &QComboBox::currentIndexChanged, this, &CloseDialog::reasonChosen);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CloseDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CloseDialog::reject);
    reasonChosen();
    if (m_corrected)
        showRecordedExit();
}

CloseDialog::~CloseDialog() = default;

Bilan CloseDialog::startingBilan()
{
    if (m_corrected && m_corrected->bilan)
        return *m_corrected->bilan;
    auto draft = m_periods.draftBilan(m_beneficiaryId);
    if (!draft)
        showLoadError(draft.error());
    return draft ? *draft : Bilan{};
}

void CloseDialog::showRecordedExit()
{
    setWindowTitle(tr("Correct the exit"));
    const PeriodExit& exit = *m_corrected->exit;
    m_ui->dateEdit->setDate(toQDate(exit.date));
    m_ui->reasonCombo->setCurrentIndex(std::max(0, m_ui->reasonCombo->findData(qs(exit.reason))));
    m_ui->situationCombo->setCurrentIndex(m_ui->situationCombo->findData(static_cast<int>(exit.situation)));
    if (m_corrected->bilan)
        m_ui->textEdit->setPlainText(qs(m_corrected->bilan->text));
}

void CloseDialog::fillReasons()
{
    auto reasons = m_periods.exitReasons();
    if (!reasons) {
        showLoadError(reasons.error());
        return;
    }
    m_ui->reasonCombo->addItem(tr("(choose the reason)"), QString());
    // A retired reason stays offered on the exit that recorded it.
    const std::string recorded = m_corrected ? m_corrected->exit->reason : std::string();
    for (const ExitReason& r : *reasons)
        if (r.active || r.code == recorded) {
            m_reasons.push_back(r);
            m_ui->reasonCombo->addItem(qs(r.label), qs(r.code));
        }
}

void CloseDialog::reasonChosen()
{
    const int index = m_ui->reasonCombo->currentIndex() - 1;
    if (index < 0 || index >= static_cast<int>(m_reasons.size())) {
        m_ui->categoriesLabel->setText(tr("Each reason says how funders count the exit."));
        return;
    }
    const ExitReason& reason = m_reasons[static_cast<std::size_t>(index)];
    m_ui->categoriesLabel->setText(tr("Counted as — IAE: %1 · PLIE: %2 · FSE+: %3")
                                       .arg(Labels::of(reason.iae),
                                            reason.pliePositive ? tr("positive exit") : tr("not a positive exit"),
                                            Labels::of(reason.fse)));
    // The situation on leaving usually follows the reason; the counsellor may say otherwise.
    m_ui->situationCombo->setCurrentIndex(m_ui->situationCombo->findData(static_cast<int>(reason.fse)));
}

void CloseDialog::showLoadError(const Error& error)
{
    m_ui->errorLabel->setText(PeriodErrors::text(error));
    m_ui->errorLabel->show();
}

bool CloseDialog::submit()
{
    FieldError::clear(m_ui->errorLabel, m_ui->dateEdit);
    const auto date = toDate(m_ui->dateEdit->date());
    if (!date) {
        FieldError::show(m_ui->errorLabel, tr("The exit date is required: type it as 15/03/2026."), m_ui->dateEdit);
        return false;
    }
    PeriodExit exit;
    exit.date = *date;
    exit.reason = ss(m_ui->reasonCombo->currentData().toString());
    exit.situation = static_cast<FseSituation>(m_ui->situationCombo->currentData().toInt());
    const Bilan bilan = m_outcomes->bilan(ss(m_ui->textEdit->toPlainText()));
    auto closed =
        m_corrected ? m_periods.correctExit(*m_corrected, exit, bilan) : m_periods.close(m_beneficiaryId, exit, bilan);
    if (closed)
        return true;
    PeriodErrors::show(m_ui->errorLabel, closed.error(),
                       {{"exit.date", m_ui->dateEdit},
                        {"exit.reason", m_ui->reasonCombo},
                        {"bilan.text", m_ui->textEdit},
                        {"bilan", m_ui->outcomesView}});
    return false;
}

void CloseDialog::accept()
{
    if (submit())
        QDialog::accept();
}
