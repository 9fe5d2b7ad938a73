#pragma once

#include "domain/Result.h"

#include <QStandardItemModel>
#include <QWidget>

#include <memory>
#include <string>

namespace Ui {
class ReviewQueuePage;
}
class ColumnPreferences;
namespace trame::services {
class Reviews;
}

// The supervisor's Relecture place: the case files waiting for review.
class ReviewQueuePage : public QWidget {
    Q_OBJECT
public:
    // `login`: whose column widths the queue keeps.
    ReviewQueuePage(trame::services::Reviews& reviews, const std::string& login, QWidget* parent = nullptr);
    ~ReviewQueuePage() override;

    void refresh();
    int rowCount() const { return m_model.rowCount(); }
    std::int64_t beneficiaryAt(int row) const;
    QString noteAt(int row) const;

signals:
    void openRequested(std::int64_t beneficiaryId);
    void failed(const trame::Error& error);

private:
    std::unique_ptr<Ui::ReviewQueuePage> m_ui;
    trame::services::Reviews& m_reviews;
    QStandardItemModel m_model;
    ColumnPreferences* m_columns = nullptr;
};
