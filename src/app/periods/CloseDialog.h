#pragma once

#include "domain/Date.h"
#include "domain/Error.h"
#include "domain/SupportPeriod.h"

#include <QDialog>

#include <cstdint>
#include <memory>
#include <optional>

namespace Ui {
class CloseDialog;
}
namespace trame::services {
class SupportPeriods;
}
class BilanModel;

// Closes a follow-up: the exit date, a reason from the structure's list with the categories each
// funder counts it in, the situation on leaving, and the bilan — prefilled from the case file as
// it is stored, completed by the counsellor, their own words required. Or corrects the exit and
// the bilan of a closed period, shown as they were recorded. Closes only once stored.
class CloseDialog : public QDialog {
    Q_OBJECT
public:
    CloseDialog(trame::services::SupportPeriods& periods, std::int64_t beneficiaryId, const trame::Date& today,
                QWidget* parent = nullptr);
    // Correction of the exit of `closed`.
    CloseDialog(trame::services::SupportPeriods& periods, const trame::SupportPeriod& closed, const trame::Date& today,
                QWidget* parent = nullptr);
    ~CloseDialog() override;

    BilanModel* outcomes() const { return m_outcomes; }
    bool submit();
    void accept() override;

private:
    CloseDialog(trame::services::SupportPeriods& periods, std::int64_t beneficiaryId,
                std::optional<trame::SupportPeriod> corrected, const trame::Date& today, QWidget* parent);
    trame::Bilan startingBilan();
    void showRecordedExit();
    void fillReasons();
    void reasonChosen();
    void showLoadError(const trame::Error& error);

    std::unique_ptr<Ui::CloseDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    std::int64_t m_beneficiaryId;
    std::optional<trame::SupportPeriod> m_corrected; // the closed period whose exit is corrected
    std::vector<trame::ExitReason> m_reasons;
    BilanModel* m_outcomes = nullptr;
};
