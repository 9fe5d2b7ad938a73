#include "common/ColumnPreferences.h"

#include "common/UserPreferences.h"

#include <QHeaderView>
#include <QTableView>

ColumnPreferences* ColumnPreferences::keep(QTableView* view, const std::string& login, const QString& name)
{
    return new ColumnPreferences(view, login, name);
}

ColumnPreferences::ColumnPreferences(QTableView* view, std::string login, QString name)
    : QObject(view), m_view(view), m_login(std::move(login)), m_name(std::move(name))
{
    QHeaderView* header = view->horizontalHeader();
    m_arranged = UserPreferences::value(m_login, m_name + QStringLiteral("/arranged"), false).toBool();
    if (const QByteArray state = UserPreferences::value(m_login, m_name + QStringLiteral("/columns")).toByteArray();
        !state.isEmpty())
        header->restoreState(state);
    m_writeDelay.setSingleShot(true);
    m_writeDelay.setInterval(500);
    connect(&m_writeDelay, &QTimer::timeout, this, &ColumnPreferences::write);
    connect(header, &QHeaderView::sectionResized, this, [this, header](int logical) {
        // The last column follows the window's width when it stretches: that is not the person's.
        const bool stretched = header->stretchLastSection() && header->visualIndex(logical) == header->count() - 1;
        if (m_fitting || stretched)
            return;
        m_arranged = true;
        remember();
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &ColumnPreferences::remember);
}

ColumnPreferences::~ColumnPreferences()
{
    if (!m_pending.isEmpty())
        write();
}

void ColumnPreferences::fit()
{
    if (m_arranged)
        return;
    m_fitting = true;
    m_view->resizeColumnsToContents();
    m_fitting = false;
}

void ColumnPreferences::remember()
{
    m_pending = m_view->horizontalHeader()->saveState();
    m_writeDelay.start();
}

void ColumnPreferences::write()
{
    UserPreferences::setValue(m_login, m_name + QStringLiteral("/columns"), m_pending);
    UserPreferences::setValue(m_login, m_name + QStringLiteral("/arranged"), m_arranged);
    m_pending.clear();
}
