#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class SituationPage;
}

// Situation: the problem statement, the situation, and the obstacles (freins).
class SituationPage : public SectionPage {
    Q_OBJECT
public:
    explicit SituationPage(QWidget* parent = nullptr);
    ~SituationPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    void markLifted();

    std::unique_ptr<Ui::SituationPage> m_ui;
    CaseFileDocument* m_document = nullptr;
    trame::Date m_today;
};
