#include "casefile/PeriodPage.h"

#include "casefile/CaseFileDocument.h"
#include "common/AppClock.h"
#include "common/Conversions.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/MessageBox.h"
#include "common/SortableList.h"
#include "periods/CloseDialog.h"
#include "periods/EntryDialog.h"
#include "periods/PauseDialog.h"
#include "periods/PeriodText.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/SupportPeriods.h"
#include "ui_PeriodPage.h"

#include <QHeaderView>
#include <QStandardItemModel>

using namespace trame;

PeriodPage::PeriodPage(QWidget* parent)
    : SectionPage(parent), m_ui(std::make_unique<Ui::PeriodPage>()), m_historyModel(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_ui->alertLabel->hide();
    m_historyModel->setHorizontalHeaderLabels(
        {tr("Entry"), tr("Exit"), tr("Programme"), tr("Exit reason"), tr("Situation on leaving")});
    SortableList::attach(m_ui->historyView, m_historyModel);
    m_ui->historyView->verticalHeader()->hide();
    m_ui->historyView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeriodPage::showSelected);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &PeriodPage::pause);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &PeriodPage::resume);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &PeriodPage::close);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &PeriodPage::reopen);
    connect(m_ui->entryButton, &QPushButton::clicked, this, &PeriodPage::correctEntry);
    connect(m_ui->correctPauseButton, &QPushButton::clicked, this, &PeriodPage::correctPause);
    connect(m_ui->correctExitButton, &QPushButton::clicked, this, &PeriodPage::correctExit);
}

PeriodPage::~PeriodPage() = default;

Date PeriodPage::today()
{
    // Read at each step, not when the page was shown: a file may stay open past midnight.
    return AppClock::clock().today();
}

void PeriodPage::bind(CaseFileDocument& document, const PageContext& context)
{
    m_context = context;
    m_person = document.person();
    if (load())
        showHistory();
    updateActions();
}

bool PeriodPage::load()
{
    if (!m_context.periods)
        return false;
    auto history = m_context.periods->history(m_person.id);
    auto programmes = m_context.periods->programmes();
    auto reasons = m_context.periods->exitReasons();
    for (const Error* error : {history ? nullptr : &history.error(), programmes ? nullptr : &programmes.error(),
                               reasons ? nullptr : &reasons.error()})
        if (error) {
            ErrorText::show(m_ui->statusLabel, *error);
            return false;
        }
    m_history = std::move(*history);
    m_programmes = std::move(*programmes);
    m_reasons = std::move(*reasons);
    return true;
}

void PeriodPage::showHistory()
{
    const PeriodText::Lists lists{&m_programmes, &m_reasons};
    m_historyModel->removeRows(0, m_historyModel->rowCount());
    for (const SupportPeriod& p : m_history) {
        QList<QStandardItem*> cells;
        for (const QString& text : {formatDate(p.entryDate), p.exit ? formatDate(p.exit->date) : tr("under way"),
                                    PeriodText::programmeLabel(p.programme, lists),
                                    p.exit ? PeriodText::reasonLabel(p.exit->reason, lists) : QString(),
                                    p.exit ? Labels::of(p.exit->situation) : QString()})
            cells << new QStandardItem(text);
        cells[0]->setData(qs(p.entryDate.toString()), SortableList::SortKeyRole);
        // A period under way ends after every closed one.
        cells[1]->setData(p.exit ? qs(p.exit->date.toString()) : QStringLiteral("9999-12-31"),
                          SortableList::SortKeyRole);
        m_historyModel->appendRow(cells);
    }
    m_ui->historyView->resizeColumnsToContents();
    if (m_history.empty()) {
        m_ui->statusLabel->setText(tr("No support period is recorded for this person."));
        return;
    }
    const SupportPeriod& current = m_history.back();
    m_ui->statusLabel->setText(QStringLiteral("<b>%1</b>").arg(PeriodText::status(current, lists).toHtmlEscaped()));
    std::optional<int> maxMonths;
    for (const Programme& p : m_programmes)
        if (p.code == current.programme)
            maxMonths = p.maxMonths;
    const QString alerts = PeriodText::alerts(rules::alertsFor(current, maxMonths, today()));
    m_ui->alertLabel->setText(alerts);
    m_ui->alertLabel->setVisible(!alerts.isEmpty());
    SortableList::selectRow(m_ui->historyView, m_historyModel->rowCount() - 1);
}

const SupportPeriod* PeriodPage::selected() const
{
    const int row = SortableList::currentRow(m_ui->historyView);
    if (row < 0 || row >= static_cast<int>(m_history.size()))
        return nullptr;
    return &m_history[static_cast<std::size_t>(row)];
}

void PeriodPage::showSelected()
{
    if (const SupportPeriod* period = selected())
        m_ui->detailsView->setHtml(PeriodText::html(*period, {&m_programmes, &m_reasons}));
    else
        m_ui->detailsView->clear();
    updateActions();
}

void PeriodPage::updateActions()
{
    const services::CaseFiles* service = m_context.service;
    const SupportPeriod* current = m_history.empty() ? nullptr : &m_history.back();
    const bool open = current && current->isOpen();
    const bool paused = open && current->openPause();
    const auto may = [&](Action action) { return service && m_context.periods && service->may(action, m_person); };
    m_ui->pauseButton->setEnabled(open && !paused && may(Action::PauseFollowUp));
    m_ui->resumeButton->setEnabled(paused && may(Action::PauseFollowUp));
    m_ui->closeButton->setEnabled(open && may(Action::CloseFollowUp));
    m_ui->reopenButton->setEnabled(current && !open && may(Action::ReopenFollowUp));
    m_ui->entryButton->setEnabled(open && may(Action::EditCaseFile));
    const SupportPeriod* chosen = selected();
    m_ui->correctPauseButton->setEnabled(chosen && !chosen->pauses.empty() && may(Action::CorrectFollowUp));
    m_ui->correctExitButton->setEnabled(chosen && !chosen->isOpen() && may(Action::CorrectFollowUp));
}

void PeriodPage::openDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &PeriodPage::followUpChanged);
    dialog->open();
}

void PeriodPage::pause()
{
    openDialog(new PauseDialog(*m_context.periods, m_person.id, today(), this));
}

void PeriodPage::resume()
{
    const auto answer = MessageBox::question(
        this, tr("Resume the follow-up"),
        tr("Resume the follow-up of %1 today, %2?").arg(qs(m_person.displayName()), formatDate(today())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    auto resumed = m_context.periods->resume(m_person.id, today());
    if (!resumed) {
        emit failed(resumed.error());
        return;
    }
    emit followUpChanged();
}

void PeriodPage::close()
{
    // The bilan is drafted from the stored case file: what was just typed is stored first.
    if (m_context.flush && !m_context.flush())
        return;
    openDialog(new CloseDialog(*m_context.periods, m_person.id, today(), this));
}

void PeriodPage::reopen()
{
    SupportPeriod next;
    next.beneficiaryId = m_person.id;
    next.entryDate = today();
    next.programme = m_history.back().programme;
    next.referent = m_person.counsellor;
    next.entry.resources = m_person.resources;
    openDialog(new EntryDialog(*m_context.periods, next, EntryDialog::Reopen, today(), this));
}

void PeriodPage::correctEntry()
{
    openDialog(new EntryDialog(*m_context.periods, m_history.back(), EntryDialog::Correct, today(), this));
}

void PeriodPage::correctPause()
{
    if (const SupportPeriod* period = selected())
        openDialog(new PauseDialog(*m_context.periods, *period, today(), this));
}

void PeriodPage::correctExit()
{
    if (const SupportPeriod* period = selected())
        openDialog(new CloseDialog(*m_context.periods, *period, today(), this));
}
