#include "casefile/MethodsPage.h"

#include "casefile/CaseFileModels.h"
#include "ui_MethodsPage.h"

MethodsPage::MethodsPage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::MethodsPage>())
{
    m_ui->setupUi(this);
}

MethodsPage::~MethodsPage() = default;

void MethodsPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_ui->tools->setModel(CaseFileModels::tools(document, *context.catalogue, this), tr("&Tools and methods"), true);
    m_ui->referrals->setModel(CaseFileModels::referrals(document, *context.catalogue, this), tr("P&artners"), true);
}
