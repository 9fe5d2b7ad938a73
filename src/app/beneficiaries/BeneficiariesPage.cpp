#include "beneficiaries/BeneficiariesPage.h"

#include "beneficiaries/BeneficiaryListModel.h"
#include "beneficiaries/ListCsv.h"
#include "common/AppClock.h"
#include "common/ColumnPreferences.h"
#include "common/Conversions.h"
#include "common/InputDialogs.h"
#include "common/Labels.h"
#include "common/PrivateFile.h"
#include "common/SortMenu.h"
#include "common/Titles.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "ui_BeneficiariesPage.h"

#include <QHeaderView>

using namespace trame;

BeneficiariesPage::BeneficiariesPage(services::CaseFiles& service, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BeneficiariesPage>()), m_service(service),
      m_model(new BeneficiaryListModel(service, this))
{
    m_ui->setupUi(this);
    connect(m_ui->returnedLabel, &QLabel::linkActivated, this,
            [this](const QString& id) { emit openRequested(id.toLongLong()); });
    makeTitle(m_ui->titleLabel);
    // Only counsellors create files; a supervisor's list is for reading and reviewing.
    m_ui->newButton->setVisible(service.actor().may(trame::Action::CreateCaseFile, trame::Scope::Own));
    m_ui->reassignButton->setVisible(service.actor().may(trame::Action::Reassign, trame::Scope::Other));
    m_ui->exportButton->setVisible(service.actor().may(trame::Action::ExportList));
    connect(m_ui->exportButton, &QPushButton::clicked, this, &BeneficiariesPage::exportList);
    connect(m_ui->reassignButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->table->currentIndex();
        if (current.isValid())
            emit reassignRequested(m_model->idAt(current.row()));
    });

    // Closed follow-ups leave the list unless asked for.
    m_ui->statusFilter->addItem(tr("Under way (active or paused)"), QStringLiteral("open"));
    m_ui->statusFilter->addItem(tr("All"), QString());
    for (BeneficiaryStatus status : allEnumerators<BeneficiaryStatus>())
        m_ui->statusFilter->addItem(Labels::of(status), qs(std::string(toString(status))));
    m_ui->obstacleFilter->addItem(tr("All"), QString());
    for (ObstacleCategory category : allEnumerators<ObstacleCategory>())
        m_ui->obstacleFilter->addItem(Labels::of(category), qs(std::string(toString(category))));

    m_ui->table->setModel(m_model);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->hide();
    // Sorting is the database's (BeneficiaryListModel::sort); a click on the alerts column keeps
    // the order there was.
    m_ui->table->setSortingEnabled(true);
    m_ui->table->sortByColumn(BeneficiaryListModel::NameColumn, Qt::AscendingOrder);
    connect(m_ui->table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        if (!BeneficiaryListModel::sortable(column))
            m_ui->table->horizontalHeader()->setSortIndicator(
                m_model->sortColumn(), m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    SortMenu::attach(m_ui->table, &BeneficiaryListModel::sortable);
    // The widths the person gave the columns and the order they chose come back (and sort again).
    m_columns = ColumnPreferences::keep(m_ui->table, service.actor().login(), QStringLiteral("lists/beneficiaries"));

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(&m_searchDelay, &QTimer::timeout, this, &BeneficiariesPage::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &BeneficiariesPage::applyFilters);
    connect(m_ui->obstacleFilter, &QComboBox::currentIndexChanged, this, &BeneficiariesPage::applyFilters);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &BeneficiariesPage::applyFilters);
    connect(m_ui->newButton, &QPushButton::clicked, this, &BeneficiariesPage::newRequested);
    connect(m_ui->table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit openRequested(m_model->idAt(index.row())); });
    connect(m_model, &BeneficiaryListModel::failed, this, &BeneficiariesPage::failed);
    m_countDelay.setSingleShot(true);
    m_countDelay.setInterval(50); // counting every match waits until the page is on screen
    connect(&m_countDelay, &QTimer::timeout, this, &BeneficiariesPage::updateCount);
    applyFilters();
}

BeneficiariesPage::~BeneficiariesPage() = default;

bool BeneficiariesPage::exportList()
{
    const auto file =
        InputDialogs::saveFileName(this, tr("Export the list"),
                                   QStringLiteral("beneficiaires-%1.csv").arg(qs(AppClock::clock().today().toString())),
                                   tr("CSV, for a spreadsheet (*.csv)"));
    if (!file)
        return false;
    auto rows = m_service.exportList(m_model->query());
    if (!rows) {
        emit failed(rows.error());
        return false;
    }
    if (trame::Status written = writePrivateFile(*file, ListCsv::of(*rows)); !written) {
        emit failed(written.error());
        return false;
    }
    emit message(tr("%n person(s) written to %1.", nullptr, static_cast<int>(rows->size())).arg(*file));
    return true;
}

void BeneficiariesPage::applyFilters()
{
    m_searchDelay.stop();
    BeneficiaryQuery query;
    query.search = ss(m_ui->searchEdit->text());
    query.today = m_service.clock().today();
    query.status = parseEnum<BeneficiaryStatus>(ss(m_ui->statusFilter->currentData().toString()));
    query.openOnly = m_ui->statusFilter->currentData().toString() == QLatin1String("open");
    query.obstacle = parseEnum<ObstacleCategory>(ss(m_ui->obstacleFilter->currentData().toString()));
    query.overdueOnly = m_ui->overdueCheck->isChecked();
    query.order = m_model->query().order;
    query.descending = m_model->query().descending;
    m_model->setQuery(query);
    m_columns->fit();
    m_countDelay.start(); // after the first page is on screen
}

void BeneficiariesPage::refresh()
{
    applyFilters();
}

void BeneficiariesPage::focusSearch()
{
    m_ui->searchEdit->setFocus();
    m_ui->searchEdit->selectAll();
}

void BeneficiariesPage::select(std::int64_t id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_ui->table->selectRow(row);
}

void BeneficiariesPage::updateCount()
{
    const auto count = m_service.count(m_model->query());
    if (!count) {
        emit failed(count.error());
        return;
    }
    m_ui->countLabel->setText(tr("%Ln beneficiary(ies)", nullptr, static_cast<int>(*count)));
}

QString BeneficiariesPage::countText() const
{
    return m_ui->countLabel->text();
}

void BeneficiariesPage::showReturned(const std::vector<ReturnedCaseFile>& returned)
{
    QStringList links;
    for (const ReturnedCaseFile& r : returned)
        links << QStringLiteral("<a href=\"%1\">%2</a>")
                     .arg(r.beneficiaryId)
                     .arg(tr("%1 (no. %2)").arg(qs(r.displayName).toHtmlEscaped()).arg(r.beneficiaryId));
    const QString text =
        tr("Changes requested by the supervisor on %n case file(s):", nullptr, static_cast<int>(returned.size()));
    m_ui->returnedLabel->setText(
        QStringLiteral("<b>%1</b> %2").arg(text.toHtmlEscaped(), links.join(QStringLiteral(", "))));
    m_ui->returnedLabel->setAccessibleName(text);
    m_ui->returnedLabel->setVisible(!returned.empty());
}

QString BeneficiariesPage::returnedText() const
{
    return m_ui->returnedLabel->isVisibleTo(this) ? m_ui->returnedLabel->text() : QString();
}
