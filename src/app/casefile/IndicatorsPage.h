#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class IndicatorsPage;
}

// Indicators: success indicators with their target, evaluation, date and evidence.
class IndicatorsPage : public SectionPage {
    Q_OBJECT
public:
    explicit IndicatorsPage(QWidget* parent = nullptr);
    ~IndicatorsPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    std::unique_ptr<Ui::IndicatorsPage> m_ui;
};
