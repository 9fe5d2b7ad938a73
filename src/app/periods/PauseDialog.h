#pragma once

#include "domain/Date.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace Ui {
class PauseDialog;
}
namespace trame::services {
class SupportPeriods;
}

// Pauses a follow-up (suspension): from when, until when it should resume, and why. Closes only
// once the service has stored the pause.
class PauseDialog : public QDialog {
    Q_OBJECT
public:
    PauseDialog(trame::services::SupportPeriods& periods, std::int64_t beneficiaryId, const trame::Date& today,
                QWidget* parent = nullptr);
    ~PauseDialog() override;

    bool submit();
    void accept() override;

private:
    std::unique_ptr<Ui::PauseDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    std::int64_t m_beneficiaryId;
};
