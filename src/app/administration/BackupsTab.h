#pragma once

#include "administration/AdministrationContext.h"
#include "domain/Error.h"

#include <QWidget>

#include <memory>

namespace Ui {
class BackupsTab;
}

// A copy of the database written where the administrator chooses, and the automatic backups
// Trame keeps beside it, one of which can replace the file.
class BackupsTab : public QWidget {
    Q_OBJECT
public:
    explicit BackupsTab(AdministrationContext context, QWidget* parent = nullptr);
    ~BackupsTab() override;

    void refresh();
    int backupCount() const;

    // The buttons' work: the copy asks for its file through InputDialogs.
    bool backUp();
    // Asks for confirmation, then asks the window to restore the chosen automatic backup.
    bool restoreSelected();

signals:
    void failed(const trame::Error& error);
    void done(const QString& message);
    void restoreRequested(const QString& backupPath);

private:
    std::unique_ptr<Ui::BackupsTab> m_ui;
    AdministrationContext m_context;
};
