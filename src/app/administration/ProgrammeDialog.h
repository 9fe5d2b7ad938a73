#pragma once

#include "domain/SupportPeriod.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProgrammeDialog;
}
namespace trame::services {
class SupportPeriods;
}

// Adds a programme to the structure's list, or changes one (its code stays: periods refer to
// it). Closes only once stored; says why not otherwise.
class ProgrammeDialog : public QDialog {
    Q_OBJECT
public:
    // A programme with an empty code is a new one.
    ProgrammeDialog(trame::services::SupportPeriods& periods, const trame::Programme& programme,
                    QWidget* parent = nullptr);
    ~ProgrammeDialog() override;

    bool submit();
    void accept() override;

private:
    std::unique_ptr<Ui::ProgrammeDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    trame::Programme m_programme;
    bool m_adding;
};
