#pragma once

#include "domain/SupportPeriod.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExitReasonDialog;
}
namespace trame::services {
class SupportPeriods;
}

// Adds an exit reason of the structure's own, mapped onto the categories each funder counts
// (IAE, PLIE, FSE+), or changes one under its code. Closes only once stored.
class ExitReasonDialog : public QDialog {
    Q_OBJECT
public:
    // A reason with an empty code is a new one.
    ExitReasonDialog(trame::services::SupportPeriods& periods, const trame::ExitReason& reason,
                     QWidget* parent = nullptr);
    ~ExitReasonDialog() override;

    bool submit();
    void accept() override;

private:
    std::unique_ptr<Ui::ExitReasonDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    trame::ExitReason m_reason;
    bool m_adding;
};
