#include "administration/ReferentialsTab.h"

#include "administration/ExitReasonDialog.h"
#include "administration/ProgrammeDialog.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"
#include "common/UserSession.h"
#include "ui_ReferentialsTab.h"

#include <QHeaderView>

#include <QStandardItemModel>
#include <algorithm>

using namespace trame;

namespace {

QString sourceOf(const std::string& source)
{
    return source.empty() ? ReferentialsTab::tr("the structure's own") : qs(source);
}

QString yesNo(bool value)
{
    return value ? ReferentialsTab::tr("yes") : ReferentialsTab::tr("no");
}

void appendRow(QStandardItemModel* model, const QStringList& cells)
{
    QList<QStandardItem*> items;
    for (const QString& cell : cells) {
        auto* item = new QStandardItem(cell);
        item->setToolTip(cell); // a long source is shortened in its column
        items << item;
    }
    model->appendRow(items);
}

} // namespace

ReferentialsTab::ReferentialsTab(AdministrationContext context, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReferentialsTab>()), m_context(context),
      m_programmes(new QStandardItemModel(this)), m_reasons(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_programmes->setHorizontalHeaderLabels(
        {tr("Code"), tr("Label"), tr("Maximum length"), tr("Offered"), tr("Source")});
    m_reasons->setHorizontalHeaderLabels(
        {tr("Code"), tr("Label"), tr("IAE"), tr("PLIE positive"), tr("FSE+ on leaving"), tr("Offered"), tr("Source")});
    for (QTableView* view : {m_ui->programmesView, m_ui->reasonsView}) {
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
    }
    SortableList::attach(m_ui->programmesView, m_programmes);
    SortableList::attach(m_ui->reasonsView, m_reasons);
    connect(m_ui->addProgrammeButton, &QPushButton::clicked, this, &ReferentialsTab::addProgramme);
    connect(m_ui->editProgrammeButton, &QPushButton::clicked, this, &ReferentialsTab::editProgramme);
    connect(m_ui->addReasonButton, &QPushButton::clicked, this, &ReferentialsTab::addExitReason);
    connect(m_ui->editReasonButton, &QPushButton::clicked, this, &ReferentialsTab::editExitReason);
    connect(m_ui->programmesView, &QAbstractItemView::activated, this, &ReferentialsTab::editProgramme);
    connect(m_ui->reasonsView, &QAbstractItemView::activated, this, &ReferentialsTab::editExitReason);
    refresh();
}

ReferentialsTab::~ReferentialsTab() = default;

void ReferentialsTab::refresh()
{
    services::SupportPeriods& periods = m_context.session.periods;
    auto programmes = periods.programmes();
    auto reasons = periods.exitReasons();
    if (!programmes || !reasons) {
        emit failed(programmes ? reasons.error() : programmes.error());
        return;
    }
    m_programmeList = std::move(*programmes);
    m_reasonList = std::move(*reasons);
    m_programmes->removeRows(0, m_programmes->rowCount());
    for (const Programme& p : m_programmeList)
        appendRow(m_programmes,
                  {qs(p.code), qs(p.label), p.maxMonths ? tr("%n month(s)", nullptr, *p.maxMonths) : tr("no limit"),
                   yesNo(p.active), sourceOf(p.source)});
    m_reasons->removeRows(0, m_reasons->rowCount());
    for (const ExitReason& r : m_reasonList)
        appendRow(m_reasons, {qs(r.code), qs(r.label), Labels::of(r.iae), yesNo(r.pliePositive), Labels::of(r.fse),
                              yesNo(r.active), sourceOf(r.source)});
    for (QTableView* view : {m_ui->programmesView, m_ui->reasonsView}) {
        view->resizeColumnsToContents();
        // The source gets the room left: no other column takes more than a third of the table.
        for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
            view->setColumnWidth(column, std::min(view->columnWidth(column), 280));
        if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
    }
}

int ReferentialsTab::selectedRow(const char* view) const
{
    return SortableList::currentRow(findChild<QTableView*>(QString::fromLatin1(view)));
}

void ReferentialsTab::openDialog(QDialog* dialog, const QString& message)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, message] {
        refresh();
        emit done(message);
    });
    dialog->open();
}

void ReferentialsTab::addProgramme()
{
    openDialog(new ProgrammeDialog(m_context.session.periods, Programme{}, this), tr("Programme added."));
}

void ReferentialsTab::editProgramme()
{
    const int row = selectedRow("programmesView");
    if (row < 0 || row >= static_cast<int>(m_programmeList.size()))
        return;
    openDialog(new ProgrammeDialog(m_context.session.periods, m_programmeList[static_cast<std::size_t>(row)], this),
               tr("Programme changed."));
}

void ReferentialsTab::addExitReason()
{
    openDialog(new ExitReasonDialog(m_context.session.periods, ExitReason{}, this), tr("Exit reason added."));
}

void ReferentialsTab::editExitReason()
{
    const int row = selectedRow("reasonsView");
    if (row < 0 || row >= static_cast<int>(m_reasonList.size()))
        return;
    openDialog(new ExitReasonDialog(m_context.session.periods, m_reasonList[static_cast<std::size_t>(row)], this),
               tr("Exit reason changed."));
}
