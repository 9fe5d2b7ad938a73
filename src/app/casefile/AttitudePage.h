#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class AttitudePage;
}

// Attitude to adopt: posture items with a technique, guidance and an example phrase.
class AttitudePage : public SectionPage {
    Q_OBJECT
public:
    explicit AttitudePage(QWidget* parent = nullptr);
    ~AttitudePage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    std::unique_ptr<Ui::AttitudePage> m_ui;
};
