#include "periods/BilanModel.h"

#include "common/Conversions.h"
#include "common/Labels.h"

#include <QFont>

using namespace trame;

namespace {
QStandardItem* readOnly(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}
} // namespace

BilanModel::BilanModel(const Bilan& bilan, QObject* parent) : QStandardItemModel(0, 2, parent), m_prefilled(bilan)
{
    setHorizontalHeaderLabels({tr("Item"), tr("Outcome")});
    addHeading(tr("Obstacles"));
    for (const Bilan::ObstacleOutcome& o : bilan.obstacles) {
        auto* outcome = readOnly({});
        outcome->setCheckable(true);
        outcome->setCheckState(o.lifted ? Qt::Checked : Qt::Unchecked);
        showLifted(outcome);
        appendRow(
            {readOnly(qs(o.description) + QStringLiteral(" (") + Labels::of(o.category) + QLatin1Char(')')), outcome});
        m_obstacleOutcomes.push_back(outcome);
    }
    addHeading(tr("Indicators"));
    for (const Bilan::IndicatorOutcome& i : bilan.indicators) {
        QString label = qs(i.label);
        if (!i.target.empty())
            label += QStringLiteral(" — ") + tr("target: %1").arg(qs(i.target));
        auto* evaluation = new QStandardItem(qs(i.evaluation));
        evaluation->setToolTip(tr("The final evaluation; type to change it"));
        appendRow({readOnly(label), evaluation});
        m_evaluations.push_back(evaluation);
    }
    addHeading(tr("Action plan steps"));
    for (const Bilan::StepOutcome& s : bilan.steps)
        appendRow({readOnly(qs(s.title)), readOnly(Labels::of(s.status))});
    connect(this, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (m_obstacleOutcomes.contains(item))
            showLifted(item);
    });
}

void BilanModel::addHeading(const QString& title)
{
    auto* heading = readOnly(title);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_headings.push_back(rowCount());
    appendRow({heading, readOnly({})});
}

void BilanModel::showLifted(QStandardItem* outcome)
{
    const QString text = outcome->checkState() == Qt::Checked ? tr("Lifted") : tr("Still there");
    if (outcome->text() != text)
        outcome->setText(text);
}

Bilan BilanModel::bilan(const std::string& text) const
{
    Bilan result = m_prefilled;
    for (int i = 0; i < m_obstacleOutcomes.size(); ++i)
        result.obstacles[static_cast<std::size_t>(i)].lifted = m_obstacleOutcomes[i]->checkState() == Qt::Checked;
    for (int i = 0; i < m_evaluations.size(); ++i)
        result.indicators[static_cast<std::size_t>(i)].evaluation = ss(m_evaluations[i]->text().trimmed());
    result.text = text;
    return result;
}
