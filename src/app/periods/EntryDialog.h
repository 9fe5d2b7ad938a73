#pragma once

#include "domain/Date.h"
#include "domain/SupportPeriod.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EntryDialog;
}
namespace trame::services {
class SupportPeriods;
}
class QCheckBox;
class QComboBox;

// The entry into a follow-up: its date, the programme and who prescribed it, the situation at
// entry. Either corrects the current period or opens the next one after a closed follow-up
// (Reopen); the dialog closes only once the service has stored it, and says why otherwise.
class EntryDialog : public QDialog {
    Q_OBJECT
public:
    enum Mode { Correct, Reopen };
    EntryDialog(trame::services::SupportPeriods& periods, trame::SupportPeriod period, Mode mode,
                const trame::Date& today, QWidget* parent = nullptr);
    ~EntryDialog() override;

    // The period as the fields stand.
    trame::SupportPeriod period() const;
    // Stores it; on a refusal shows why and returns false.
    bool submit();
    void accept() override;

private:
    void fillProgrammes();
    void fillEntry();

    std::unique_ptr<Ui::EntryDialog> m_ui;
    trame::services::SupportPeriods& m_periods;
    trame::SupportPeriod m_period;
    Mode m_mode;
    std::vector<QCheckBox*> m_flags;
};
