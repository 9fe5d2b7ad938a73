#include "common/AutoSaver.h"
#include "common/AppClock.h"

AutoSaver::AutoSaver(std::function<trame::Status()> save, QObject* parent) : QObject(parent), m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::saveNow);
}

void AutoSaver::schedule()
{
    m_pending = true;
    m_timer.start();
}

bool AutoSaver::flush()
{
    m_timer.stop();
    return !m_pending || saveNow();
}

bool AutoSaver::saveNow()
{
    m_pending = false;
    const trame::Status status = m_save();
    if (!status) {
        // Kept pending, so that closing tries once more rather than dropping the edit.
        m_pending = status.error().kind != trame::ErrorKind::Conflict;
        emit failed(status.error());
        return false;
    }
    emit saved(AppClock::now());
    return true;
}
