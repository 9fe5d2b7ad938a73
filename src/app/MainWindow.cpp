#include "MainWindow.h"

#include "AboutDialog.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QLabel>

MainWindow::MainWindow(trame::services::Workspace& workspace, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    styleTitles();
    connect(m_ui->navigation, &QListWidget::currentRowChanged, m_ui->pages, &QStackedWidget::setCurrentIndex);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionShowBeneficiaries, &QAction::triggered, this, [this] { showPlace(Beneficiaries); });
    connect(m_ui->actionShowReferences, &QAction::triggered, this, [this] { showPlace(ReferenceCases); });
    connect(m_ui->actionShowReview, &QAction::triggered, this, [this] { showPlace(Review); });
    showPlace(Beneficiaries);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(QString::fromStdString(m_workspace.path()))));
}

MainWindow::~MainWindow() = default;

void MainWindow::showPlace(Place place)
{
    m_ui->navigation->setCurrentRow(place);
}

MainWindow::Place MainWindow::currentPlace() const
{
    return static_cast<Place>(m_ui->pages->currentIndex());
}

void MainWindow::styleTitles()
{
    for (QLabel* title : {m_ui->beneficiariesTitle, m_ui->referencesTitle, m_ui->reviewTitle}) {
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        font.setBold(true);
        title->setFont(font);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(QDir::toNativeSeparators(QString::fromStdString(m_workspace.path())), this);
    dialog.exec();
}
