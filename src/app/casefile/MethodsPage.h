#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class MethodsPage;
}

// Methods and tools: the tools used and the partners the person is referred to.
class MethodsPage : public SectionPage {
    Q_OBJECT
public:
    explicit MethodsPage(QWidget* parent = nullptr);
    ~MethodsPage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    std::unique_ptr<Ui::MethodsPage> m_ui;
};
