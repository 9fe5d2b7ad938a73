#pragma once

#include "casefile/SectionPage.h"

#include <memory>

namespace Ui {
class ProfilePage;
}

// The guide's Annexe 1, « 1. Évaluation initiale – Profil »: who the person is, how to reach
// them, what they live on, what they know, and what they were told of their data. Saved like the
// other pages (automatically, undoably); read-only for whoever may not correct the profile.
class ProfilePage : public SectionPage {
    Q_OBJECT
public:
    explicit ProfilePage(QWidget* parent = nullptr);
    ~ProfilePage() override;
    void bind(CaseFileDocument& document, const PageContext& context) override;

private:
    std::unique_ptr<Ui::ProfilePage> m_ui;
};
