#include "casefile/AttitudePage.h"

#include "casefile/CaseFileModels.h"
#include "ui_AttitudePage.h"

AttitudePage::AttitudePage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::AttitudePage>())
{
    m_ui->setupUi(this);
}

AttitudePage::~AttitudePage() = default;

void AttitudePage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_ui->attitude->setModel(CaseFileModels::attitude(document, *context.catalogue, this), tr("&Posture"), true);
}
