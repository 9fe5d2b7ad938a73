#include "shell/ColleagueWatch.h"

#include "services/ColleagueChanges.h"

#include <QSocketNotifier>

ColleagueWatch::ColleagueWatch(trame::services::Workspace& workspace, QObject* parent)
    : QObject(parent), m_changes(std::make_unique<trame::services::ColleagueChanges>(workspace))
{
    watch();
}

ColleagueWatch::~ColleagueWatch() = default;

void ColleagueWatch::watch()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (!m_changes->available())
        return;
    m_notifier = new QSocketNotifier(m_changes->socket(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ColleagueWatch::take);
}

void ColleagueWatch::take()
{
    const auto people = m_changes->take();
    // A connection made again after a loss has a new socket: watch that one.
    if (m_notifier && m_notifier->socket() != m_changes->socket())
        watch();
    if (!people || people->empty())
        return;
    QVector<qint64> ids;
    for (const std::int64_t id : *people)
        ids.push_back(id);
    emit changed(ids);
}
