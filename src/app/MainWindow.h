#pragma once

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}
namespace trame::services {
class Workspace;
}

// The application's frame: navigation between Beneficiaries, Reference cases and Review.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Place { Beneficiaries = 0, ReferenceCases = 1, Review = 2 };

    explicit MainWindow(trame::services::Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showPlace(Place place);
    Place currentPlace() const;

private:
    void styleTitles();
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    trame::services::Workspace& m_workspace;
};
