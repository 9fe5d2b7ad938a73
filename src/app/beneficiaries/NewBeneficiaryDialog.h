#pragma once

#include "domain/Beneficiary.h"
#include "domain/Error.h"
#include "domain/SupportPeriod.h"

#include <QDialog>

#include <cstdint>
#include <memory>

namespace Ui {
class NewBeneficiaryDialog;
}
namespace trame::services {
class CaseFiles;
}
class QLabel;

// Creates a beneficiary. The domain's rules are checked on OK and each problem is shown next to
// its field; the dialog closes only once the person is stored.
class NewBeneficiaryDialog : public QDialog {
    Q_OBJECT
public:
    NewBeneficiaryDialog(trame::services::CaseFiles& service, QWidget* parent = nullptr);
    ~NewBeneficiaryDialog() override;

    // The programmes a new follow-up may start in (the active ones of the administrator's list);
    // without them the follow-up starts in « autre », corrected later on its page.
    void offerProgrammes(const std::vector<trame::Programme>& programmes);

    std::int64_t createdId() const { return m_createdId; }
    trame::Beneficiary beneficiary() const;
    // The period the follow-up starts with, when a programme was offered.
    std::optional<trame::SupportPeriod> entry() const;
    // Checks and stores; on failure shows why and returns false (the dialog stays open).
    bool submit();

private:
    void showError(const trame::Error& error);
    void clearErrors();

    std::unique_ptr<Ui::NewBeneficiaryDialog> m_ui;
    trame::services::CaseFiles& m_service;
    std::int64_t m_createdId = 0;
};
