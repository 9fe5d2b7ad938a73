#pragma once

#include "domain/Review.h"
#include "services/CaseFiles.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class BeneficiariesPage;
}
class BeneficiaryListModel;
class ColumnPreferences;

// The list of beneficiaries: search as you type (accents ignored), filters by status, open
// obstacle category and overdue follow-up, and the button to create a beneficiary.
class BeneficiariesPage : public QWidget {
    Q_OBJECT
public:
    BeneficiariesPage(trame::services::CaseFiles& service, QWidget* parent = nullptr);
    ~BeneficiariesPage() override;

    BeneficiaryListModel* model() const { return m_model; }
    void refresh();
    void focusSearch();
    // Runs the pending search now instead of after the typing pause.
    void applyFilters();
    void select(std::int64_t id);
    QString countText() const;
    // Above the list, the case files the supervisor sent back with changes requested, each a link
    // that opens it.
    void showReturned(const std::vector<trame::ReturnedCaseFile>& returned);
    QString returnedText() const;
    // Asks where, then writes the list as filtered to a CSV file (audited); false when cancelled
    // or refused.
    bool exportList();

signals:
    void openRequested(std::int64_t beneficiaryId);
    void newRequested();
    // A supervisor asks to give this person's file to another counsellor.
    void reassignRequested(std::int64_t beneficiaryId);
    void failed(const trame::Error& error);
    void message(const QString& text);

private:
    void updateCount();

    std::unique_ptr<Ui::BeneficiariesPage> m_ui;
    trame::services::CaseFiles& m_service;
    BeneficiaryListModel* m_model;
    ColumnPreferences* m_columns = nullptr;
    QTimer m_searchDelay;
    QTimer m_countDelay;
};
