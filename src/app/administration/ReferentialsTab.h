#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Error.h"
#include "domain/SupportPeriod.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class ReferentialsTab;
}
class QStandardItemModel;

// The lists counsellors choose from over a support period — programmes and exit reasons — as
// the administrator keeps them: the seeded entries with their source, the structure's own added
// and mapped onto the funders' categories, an entry retired rather than deleted.
class ReferentialsTab : public QWidget {
    Q_OBJECT
public:
    explicit ReferentialsTab(AdministrationContext context, QWidget* parent = nullptr);
    ~ReferentialsTab() override;

    void refresh();
    // The buttons' work: each opens its dialog (window-modal) and refreshes once it is stored.
    void addProgramme();
    void editProgramme();
    void addExitReason();
    void editExitReason();

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);

private:
    void openDialog(QDialog* dialog, const QString& message);
    int selectedRow(const char* view) const;

    std::unique_ptr<Ui::ReferentialsTab> m_ui;
    AdministrationContext m_context;
    QStandardItemModel* m_programmes;
    QStandardItemModel* m_reasons;
    std::vector<trame::Programme> m_programmeList;
    std::vector<trame::ExitReason> m_reasonList;
};
