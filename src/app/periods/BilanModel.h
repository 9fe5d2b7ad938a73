#pragma once

#include "domain/SupportPeriod.h"

#include <QStandardItemModel>

// The prefilled bilan as a table the counsellor completes at the exit: a heading row per part
// (obstacles, indicators, plan steps), then one row per item with its outcome — a check for an
// obstacle lifted, the final evaluation of an indicator as text, a step's status as it stands.
class BilanModel : public QStandardItemModel {
    Q_OBJECT
public:
    enum Column { ItemColumn, OutcomeColumn };
    explicit BilanModel(const trame::Bilan& bilan, QObject* parent = nullptr);

    // The outcomes as edited; `text` is the bilan's own text, kept apart.
    trame::Bilan bilan(const std::string& text) const;
    // The rows that are part headings, to span across the table.
    const QVector<int>& headingRows() const { return m_headings; }

private:
    void addHeading(const QString& title);
    void showLifted(QStandardItem* outcome);

    trame::Bilan m_prefilled;
    QVector<int> m_headings;
    QVector<QStandardItem*> m_obstacleOutcomes;
    QVector<QStandardItem*> m_evaluations;
};
