#pragma once

#include "domain/Result.h"

#include <QStandardItemModel>
#include <QWidget>

#include <memory>

namespace Ui {
class AuditPage;
}
namespace trame::services {
class AuditTrail;
}

// The audit trail for supervisors and administrators: who did what, when, on which record (by
// number), newest first, with filters.
class AuditPage : public QWidget {
    Q_OBJECT
public:
    AuditPage(trame::services::AuditTrail& trail, QWidget* parent = nullptr);
    ~AuditPage() override;

    void refresh();
    const QStandardItemModel& model() const { return m_model; }
    void setLoginFilter(const QString& login);

signals:
    void failed(const trame::Error& error);

private:
    std::unique_ptr<Ui::AuditPage> m_ui;
    trame::services::AuditTrail& m_trail;
    QStandardItemModel m_model;
};
