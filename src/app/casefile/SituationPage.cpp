#include "casefile/SituationPage.h"

#include "casefile/CaseFileDocument.h"
#include "casefile/CaseFileModels.h"
#include "casefile/TextBinding.h"
#include "common/Conversions.h"
#include "domain/CaseFileRules.h"
#include "ui_SituationPage.h"

#include <QTableView>

SituationPage::SituationPage(QWidget* parent) : SectionPage(parent), m_ui(std::make_unique<Ui::SituationPage>())
{
    m_ui->setupUi(this);
}

SituationPage::~SituationPage() = default;

void SituationPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_document = &document;
    m_today = context.today;
    TextBinding::bind(
        m_ui->problemEdit, document, tr("Edit the problem statement"),
        [](const trame::CaseFile& c) { return c.problemStatement; },
        [](trame::CaseFile& c, const std::string& text) { c.problemStatement = text; });
    TextBinding::bind(
        m_ui->situationEdit, document, tr("Edit the situation"), [](const trame::CaseFile& c) { return c.situation; },
        [](trame::CaseFile& c, const std::string& text) { c.situation = text; });
    m_ui->obstacles->setToday(toQDate(context.today));
    m_ui->obstacles->setModel(CaseFileModels::obstacles(document, context.today, this), tr("&Obstacles"), true);
    m_ui->liftButton->setVisible(!document.isReadOnly());
    connect(m_ui->liftButton, &QPushButton::clicked, this, &SituationPage::markLifted);
}

void SituationPage::markLifted()
{
    const int row = m_ui->obstacles->currentRow();
    if (!m_document || row < 0)
        return;
    const trame::Date today = m_today;
    m_document->edit(tr("Mark the obstacle lifted"), [row, today](trame::CaseFile& c) {
        trame::rules::setObstacleStatus(c.obstacles[static_cast<size_t>(row)], trame::ObstacleStatus::Lifted, today);
    });
}
