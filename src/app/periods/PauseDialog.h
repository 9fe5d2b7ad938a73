#pragma once

#include "domain/Date.h"
#include "domain/Result.h"
#include "domain/SupportPeriod.h"

#include <QDialog>

#include <cstdint>
#include <memory>
#include <optional>

namespace Ui {
class PauseDialog;
}
namespace trame::services {
class SupportPeriods;
}

// Pauses a follow-up (suspension): from when, until when it should resume, and why. Or corrects
// a pause recorded in a period, chosen among its pauses: its dates (when it resumed, once it has)
// and its reason. Closes only once the service has stored the pause.
class PauseDialog : public QDialog {
    Q_OBJECT
public:
    PauseDialog(trame::services::SupportPeriods& periods, std::int64_t beneficiaryId, const trame::Date& today,
                QWidget* parent = nullptr);
    // Correction of `period`'s pauses, the last one chosen first.
    PauseDialog(trame::services::SupportPeriods& periods, const trame::SupportPeriod& period, const trame::Date& today,
                QWidget* parent = nullptr);
    ~PauseDialog() override;

    bool submit();
    void accept() override;

private:
    PauseDialog(trame::services::SupportPeriods& periods, std::int64_t beneficiaryId,
                std::optional<trame::SupportPeriod> corrected, const trame::Date& today, QWidget* parent);
    void showPause(int index);
    std::optional<trame::Pause> typedPause();
    trame::Result<trame::SupportPeriod> store(const trame::Pause& pause);

    std::unique_ptr<Ui::PauseDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    std::int64_t m_beneficiaryId;
    std::optional<trame::SupportPeriod> m_corrected; // the period whose pause is corrected
};
