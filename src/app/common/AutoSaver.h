#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

// Saves shortly after the last change, so there is no Save button to forget: each change restarts
// a short timer, and when typing pauses the save function runs. flush() saves at once (on close).
class AutoSaver : public QObject {
    Q_OBJECT
public:
    static constexpr int kDelayMs = 800;

    explicit AutoSaver(std::function<trame::Status()> save, QObject* parent = nullptr);

    // Something changed and must be saved.
    void schedule();
    // Saves now if anything is pending; returns false when that save failed.
    bool flush();
    bool isPending() const { return m_pending; }
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }

signals:
    void saved(const QDateTime& when);
    void failed(const trame::Error& error);

private:
    bool saveNow();

    std::function<trame::Status()> m_save;
    QTimer m_timer;
    bool m_pending = false;
};
