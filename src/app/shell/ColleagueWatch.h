#pragma once

#include <QObject>
#include <QVector>

#include <cstdint>
#include <memory>

class QSocketNotifier;
namespace trame::services {
class ColleagueChanges;
class Workspace;
} // namespace trame::services

// On a team server: tells, as it happens, which people's files colleagues saved (the services'
// ColleagueChanges, watched on its socket by the event loop). On a file it never says anything.
class ColleagueWatch : public QObject {
    Q_OBJECT
public:
    ColleagueWatch(trame::services::Workspace& workspace, QObject* parent = nullptr);
    ~ColleagueWatch() override;

signals:
    void changed(const QVector<qint64>& people);

private:
    void watch();
    void take();

    std::unique_ptr<trame::services::ColleagueChanges> m_changes;
    QSocketNotifier* m_notifier = nullptr;
};
