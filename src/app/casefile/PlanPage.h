#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class PlanPage;
}

// Action plan: ordered, dated steps, and the administrative advice.
class PlanPage : public SectionPage {
    Q_OBJECT
public:
    explicit PlanPage(QWidget* parent = nullptr);
    ~PlanPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    std::unique_ptr<Ui::PlanPage> m_ui;
};
