#include "casefile/IndicatorsPage.h"

#include "casefile/CaseFileModels.h"
#include "common/Conversions.h"
#include "ui_IndicatorsPage.h"

IndicatorsPage::IndicatorsPage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::IndicatorsPage>())
{
    m_ui->setupUi(this);
}

IndicatorsPage::~IndicatorsPage() = default;

void IndicatorsPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_ui->indicators->setToday(toQDate(context.today));
    m_ui->indicators->setModel(CaseFileModels::indicators(document, this), tr("Success &indicators"), false);
}
