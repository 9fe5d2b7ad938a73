#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Error.h"

#include <QStandardItemModel>
#include <QWidget>

#include <cstdint>
#include <memory>

namespace Ui {
class DataRightsTab;
}

// A person's rights over their data (RGPD): a copy of everything held on them, erasure, and the
// retention rule that anonymises people with no contact for 24 months, previewed before it acts.
class DataRightsTab : public QWidget {
    Q_OBJECT
public:
    explicit DataRightsTab(AdministrationContext context, QWidget* parent = nullptr);
    ~DataRightsTab() override;

    const QStandardItemModel& retentionModel() const { return m_retention; }
    void setPerson(std::int64_t id);

    // The buttons' work: the export asks for its file through InputDialogs.
    bool exportPerson();
    bool erasePerson();
    void previewRetention();
    bool anonymise();

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);

private:
    bool writeExport(const QString& file);

    std::unique_ptr<Ui::DataRightsTab> m_ui;
    AdministrationContext m_context;
    QStandardItemModel m_retention;
};
