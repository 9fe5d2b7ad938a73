#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
namespace trame::services {
class CaseFiles;
class Workspace;
}
class BeneficiariesPage;
class CaseFileView;
class QLabel;
class QStackedWidget;
class QUndoGroup;
class ReferenceLibraryPage;

// The application's frame: navigation between Beneficiaries (the list, and a case file opened
// from it), Reference cases and Review; menus, toolbar, and the save state in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Place { Beneficiaries = 0, ReferenceCases = 1, Review = 2 };

    MainWindow(trame::services::Workspace& workspace, trame::services::CaseFiles& caseFiles,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlace(Place place);
    Place currentPlace() const;

    void openCaseFile(std::int64_t beneficiaryId);
    void closeCaseFile();
    void newBeneficiary();
    CaseFileView* caseFileView() const { return m_caseFile; }
    BeneficiariesPage* beneficiariesPage() const { return m_list; }
    ReferenceLibraryPage* referenceLibrary() const { return m_library; }
    QString saveState() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createEditActions();
    void loadReferences();
    void styleTitles();
    void showAbout();
    void showSaved(const QDateTime& when);
    void showSaveFailure(const trame::Error& error);
    void showError(const trame::Error& error);

    std::unique_ptr<Ui::MainWindow> m_ui;
    trame::services::Workspace& m_workspace;
    trame::services::CaseFiles& m_caseFiles;
    QStackedWidget* m_beneficiaryStack;
    BeneficiariesPage* m_list;
    CaseFileView* m_caseFile = nullptr;
    ReferenceLibraryPage* m_library;
    QUndoGroup* m_undoGroup;
    QLabel* m_saveState;
    bool m_referencesLoaded = false;
};
