#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace trame::services {
class Clock;
}

// Notices when nobody has touched the keyboard or the mouse for `timeout`, by the services'
// clock (a manual one in tests, so that they need not wait ten minutes).
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    IdleWatcher(const trame::services::Clock& clock, std::chrono::minutes timeout, QObject* parent = nullptr);

    // Input counts from now on; also restarts the count after an unlock.
    void restart();
    void setEnabled(bool enabled) { m_enabled = enabled; }
    // Compares the clock with the last input; the timer calls it, tests call it directly.
    void check();

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const trame::services::Clock& m_clock;
    std::chrono::minutes m_timeout;
    std::chrono::system_clock::time_point m_lastInput;
    QTimer m_timer;
    bool m_enabled = true;
};
