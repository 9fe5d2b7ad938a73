#include "periods/CloseDialog.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/Enums.h"
#include "periods/BilanModel.h"
#include "periods/PeriodErrors.h"
#include "services/SupportPeriods.h"
#include "ui_CloseDialog.h"

#include <QHeaderView>

using namespace trame;

CloseDialog::CloseDialog(services::SupportPeriods& periods, std::int64_t beneficiaryId, const Date& today,
                         QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CloseDialog>()), m_periods(periods), m_beneficiaryId(beneficiaryId)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->dateEdit->setToday(toQDate(today));
    m_ui->dateEdit->setDate(toQDate(today));
    for (FseSituation s : allEnumerators<FseSituation>())
        m_ui->situationCombo->addItem(Labels::of(s), static_cast<int>(s));
    fillReasons();
    auto draft = m_periods.draftBilan(beneficiaryId);
    if (!draft)
        showLoadError(draft.error());
    m_outcomes = new BilanModel(draft ? *draft : Bilan{}, this);
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
}

CloseDialog::~CloseDialog() = default;

void CloseDialog::fillReasons()
{
    auto reasons = m_periods.exitReasons();
    if (!reasons) {
        showLoadError(reasons.error());
        return;
    }
    m_ui->reasonCombo->addItem(tr("(choose the reason)"), QString());
    for (const ExitReason& r : *reasons)
        if (r.active) {
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
    m_ui->errorLabel->hide();
    const auto date = toDate(m_ui->dateEdit->date());
    if (!date) {
        m_ui->errorLabel->setText(tr("The exit date is required: type it as 15/03/2026."));
        m_ui->errorLabel->show();
        m_ui->dateEdit->setFocus();
        return false;
    }
    PeriodExit exit;
    exit.date = *date;
    exit.reason = ss(m_ui->reasonCombo->currentData().toString());
    exit.situation = static_cast<FseSituation>(m_ui->situationCombo->currentData().toInt());
    const Bilan bilan = m_outcomes->bilan(ss(m_ui->textEdit->toPlainText()));
    auto closed = m_periods.close(m_beneficiaryId, exit, bilan);
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
