#include "casefile/PlanPage.h"

#include "casefile/CaseFileModels.h"
#include "common/Conversions.h"
#include "ui_PlanPage.h"

PlanPage::PlanPage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::PlanPage>())
{
    m_ui->setupUi(this);
}

PlanPage::~PlanPage() = default;

void PlanPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_ui->plan->setToday(toQDate(context.today));
    m_ui->plan->setModel(CaseFileModels::plan(document, *context.catalogue, context.today, this),
                         tr("Chronological action &plan"), true);
    m_ui->adminAdvice->setModel(CaseFileModels::adminAdvice(document, this), tr("Administrative a&dvice"), true);
}
