#include "review/ReviewQueuePage.h"

#include "common/ColumnPreferences.h"
#include "common/Conversions.h"
#include "common/SortableList.h"
#include "common/Titles.h"
#include "services/Reviews.h"
#include "ui_ReviewQueuePage.h"

#include <QDateTime>

ReviewQueuePage::ReviewQueuePage(trame::services::Reviews& reviews, const std::string& login, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReviewQueuePage>()), m_reviews(reviews)
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel);
    m_model.setHorizontalHeaderLabels(
        {tr("Submitted on"), tr("Beneficiary"), tr("Counsellor"), tr("Counsellor's note")});
    SortableList::attach(m_ui->table, &m_model);
    m_columns = ColumnPreferences::keep(m_ui->table, login, QStringLiteral("lists/review"));
    const auto openCurrent = [this] {
        if (const int row = SortableList::currentRow(m_ui->table); row >= 0)
            emit openRequested(beneficiaryAt(row));
    };
    connect(m_ui->openButton, &QPushButton::clicked, this, openCurrent);
    connect(m_ui->table, &QTableView::activated, this, openCurrent);
}

ReviewQueuePage::~ReviewQueuePage() = default;

std::int64_t ReviewQueuePage::beneficiaryAt(int row) const
{
    return m_model.item(row, 0)->data(Qt::UserRole).toLongLong();
}

QString ReviewQueuePage::noteAt(int row) const
{
    return m_model.item(row, 3)->text();
}

void ReviewQueuePage::refresh()
{
    m_model.removeRows(0, m_model.rowCount());
    auto queue = m_reviews.queue();
    if (!queue) {
        emit failed(queue.error());
        return;
    }
    for (const trame::PendingReview& p : *queue) {
        const QDateTime at = toQDateTime(p.submittedAt).toLocalTime();
        auto* when = new QStandardItem(QLocale().toString(at, QLocale::ShortFormat));
        when->setData(static_cast<qlonglong>(p.beneficiaryId), Qt::UserRole);
        when->setData(at.toMSecsSinceEpoch(), SortableList::SortKeyRole);
        auto* note = new QStandardItem(qs(p.note));
        note->setToolTip(qs(p.note));
        m_model.appendRow({when, new QStandardItem(qs(p.displayName)), new QStandardItem(qs(p.counsellor)), note});
    }
    m_columns->fit();
    m_ui->openButton->setEnabled(m_model.rowCount() > 0);
    if (m_model.rowCount() > 0)
        m_ui->table->selectRow(0);
}
