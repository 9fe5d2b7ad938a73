#include "SituationPage.h"

#include "CaseFileDocument.h"
#include "CaseFileModels.h"
#include "TextBinding.h"
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
    m_ui->obstacles->setModel(CaseFileModels::obstacles(document, this), tr("&Obstacles"), true);
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
        trame::Obstacle& o = c.obstacles[static_cast<size_t>(row)];
        o.status = trame::ObstacleStatus::Lifted;
        o.liftedOn = (o.identifiedOn && *o.identifiedOn > today) ? *o.identifiedOn : today;
    });
}
