#include "administration/AuditPage.h"
#include "common/AppClock.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/SortableList.h"
#include "common/Titles.h"
#include "services/AuditTrail.h"
#include "ui_AuditPage.h"

#include <QDateTime>

using namespace trame;

namespace {
constexpr int kPageSize = 500;
}

AuditPage::AuditPage(services::AuditTrail& trail, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AuditPage>()), m_trail(trail)
{
    m_ui->setupUi(this);
    makeTitle(m_ui->titleLabel);
    m_ui->actionCombo->addItem(tr("All"), -1);
    for (AuditAction action : allEnumerators<AuditAction>())
        m_ui->actionCombo->addItem(Labels::of(action), static_cast<int>(action));
    m_ui->sinceEdit->setDate(AppClock::today().addMonths(-1));
    m_model.setHorizontalHeaderLabels({tr("When"), tr("User"), tr("Action"), tr("Record"), tr("Detail")});
    SortableList::attach(m_ui->table, &m_model);
    connect(m_ui->filterButton, &QPushButton::clicked, this, &AuditPage::refresh);
    connect(m_ui->loginEdit, &QLineEdit::returnPressed, this, &AuditPage::refresh);
}

AuditPage::~AuditPage() = default;

void AuditPage::setLoginFilter(const QString& login)
{
    m_ui->loginEdit->setText(login);
}

void AuditPage::refresh()
{
    AuditFilter filter;
    filter.actorLogin = ss(m_ui->loginEdit->text().trimmed());
    if (const int action = m_ui->actionCombo->currentData().toInt(); action >= 0)
        filter.action = static_cast<AuditAction>(action);
    if (m_ui->recordSpin->value() > 0)
        filter.recordId = m_ui->recordSpin->value();
    filter.from = ss(m_ui->sinceEdit->date().toString(Qt::ISODate));
    filter.limit = kPageSize;
    m_model.removeRows(0, m_model.rowCount());
    auto entries = m_trail.list(filter);
    if (!entries) {
        emit failed(entries.error());
        return;
    }
    for (const AuditEntry& e : *entries) {
        const QDateTime at = toQDateTime(e.at).toLocalTime();
        QString record = Labels::ofRecordKind(e.recordKind);
        if (e.recordId)
            record += QStringLiteral(" %1").arg(*e.recordId);
        auto* when = new QStandardItem(QLocale().toString(at, QStringLiteral("dd/MM/yyyy HH:mm:ss")));
        when->setData(at.toMSecsSinceEpoch(), SortableList::SortKeyRole);
        m_model.appendRow({when, new QStandardItem(e.actorLogin.empty() ? tr("(unknown)") : qs(e.actorLogin)),
                           new QStandardItem(Labels::of(e.action)), new QStandardItem(record),
                           new QStandardItem(qs(e.detail))});
    }
    m_ui->table->resizeColumnsToContents();
    m_ui->countLabel->setText(
        entries->size() == kPageSize
            ? tr("The %1 most recent entries; narrow the filters to see older ones.").arg(kPageSize)
            : tr("%n entries", nullptr, static_cast<int>(entries->size())));
}
