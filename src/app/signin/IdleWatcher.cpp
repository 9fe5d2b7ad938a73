#include "signin/IdleWatcher.h"

#include "services/Clock.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(const trame::services::Clock& clock, std::chrono::minutes timeout, QObject* parent)
    : QObject(parent), m_clock(clock), m_timeout(timeout), m_lastInput(clock.now())
{
    QCoreApplication::instance()->installEventFilter(this);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_timer.start();
}

void IdleWatcher::restart()
{
    m_lastInput = m_clock.now();
}

void IdleWatcher::check()
{
    if (m_enabled && m_clock.now() - m_lastInput >= m_timeout) {
        m_enabled = false; // once: the window is locked until someone unlocks it
        emit idle();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin: m_lastInput = m_clock.now(); break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}
