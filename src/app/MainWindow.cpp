#include "MainWindow.h"

#include "AboutDialog.h"
#include "BeneficiariesPage.h"
#include "CaseFileDocument.h"
#include "CaseFileView.h"
#include "Conversions.h"
#include "ErrorText.h"
#include "MessageBox.h"
#include "NewBeneficiaryDialog.h"
#include "ReferenceLibraryPage.h"
#include "services/CaseFiles.h"
#include "services/Clock.h"
#include "services/Workspace.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QUndoGroup>

using namespace trame;

MainWindow::MainWindow(services::Workspace& workspace, services::CaseFiles& caseFiles, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace), m_caseFiles(caseFiles),
      m_undoGroup(new QUndoGroup(this)), m_saveState(new QLabel(this))
{
    m_ui->setupUi(this);
    styleTitles();
    createEditActions();

    m_beneficiaryStack = new QStackedWidget(m_ui->beneficiariesPage);
    m_list = new BeneficiariesPage(caseFiles, m_beneficiaryStack);
    m_beneficiaryStack->addWidget(m_list);
    m_ui->beneficiariesLayout->addWidget(m_beneficiaryStack);
    connect(m_list, &BeneficiariesPage::openRequested, this, &MainWindow::openCaseFile);
    connect(m_list, &BeneficiariesPage::newRequested, this, &MainWindow::newBeneficiary);
    connect(m_list, &BeneficiariesPage::failed, this, &MainWindow::showError);

    m_library = new ReferenceLibraryPage(m_ui->referencesPage);
    m_ui->referencesLayout->addWidget(m_library);

    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == ReferenceCases)
            loadReferences();
        m_ui->pages->setCurrentIndex(row);
    });
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionNewBeneficiary, &QAction::triggered, this, &MainWindow::newBeneficiary);
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        closeCaseFile();
        showPlace(Beneficiaries);
        m_list->focusSearch();
    });
    connect(m_ui->actionShowBeneficiaries, &QAction::triggered, this, [this] { showPlace(Beneficiaries); });
    connect(m_ui->actionShowReferences, &QAction::triggered, this, [this] { showPlace(ReferenceCases); });
    connect(m_ui->actionShowReview, &QAction::triggered, this, [this] { showPlace(Review); });
    showPlace(Beneficiaries);

    statusBar()->addPermanentWidget(m_saveState);
    statusBar()->showMessage(tr("Database: %1").arg(QDir::toNativeSeparators(qs(m_workspace.path()))));
}

MainWindow::~MainWindow() = default;

void MainWindow::createEditActions()
{
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("actionRedo"));
    QAction* first = m_ui->editMenu->actions().value(0);
    m_ui->editMenu->insertAction(first, undo);
    m_ui->editMenu->insertAction(first, redo);
    m_ui->editMenu->insertSeparator(first);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(undo);
    m_ui->toolBar->addAction(redo);
}

void MainWindow::loadReferences()
{
    // Read when first needed, not at start-up.
    if (m_referencesLoaded)
        return;
    if (auto references = m_caseFiles.references()) {
        m_library->setContent(*references, m_caseFiles.clock().today());
        m_referencesLoaded = true;
    } else {
        showError(references.error());
    }
}

void MainWindow::showPlace(Place place)
{
    m_ui->navigation->setCurrentRow(place);
}

MainWindow::Place MainWindow::currentPlace() const
{
    return static_cast<Place>(m_ui->pages->currentIndex());
}

void MainWindow::openCaseFile(std::int64_t beneficiaryId)
{
    closeCaseFile();
    auto record = m_caseFiles.open(beneficiaryId);
    if (!record) {
        showError(record.error());
        return;
    }
    auto references = m_caseFiles.references();
    if (!references) {
        showError(references.error());
        return;
    }
    m_caseFile = new CaseFileView(m_beneficiaryStack);
    m_caseFile->showCaseFile(*record, m_caseFiles, *references, m_caseFiles.clock().today());
    connect(m_caseFile, &CaseFileView::saved, this, &MainWindow::showSaved);
    connect(m_caseFile, &CaseFileView::saveFailed, this, &MainWindow::showSaveFailure);
    connect(m_caseFile, &CaseFileView::backRequested, this, &MainWindow::closeCaseFile);
    m_undoGroup->addStack(m_caseFile->document()->undoStack());
    m_undoGroup->setActiveStack(m_caseFile->document()->undoStack());
    m_beneficiaryStack->addWidget(m_caseFile);
    m_beneficiaryStack->setCurrentWidget(m_caseFile);
    showPlace(Beneficiaries);
    m_saveState->setText(tr("Opened"));
}

void MainWindow::closeCaseFile()
{
    if (!m_caseFile)
        return;
    if (!m_caseFile->flush())
        MessageBox::warning(this, tr("Not saved"),
                            tr("The last changes to this case file could not be saved. They are lost."));
    const std::int64_t id = m_caseFile->beneficiaryId();
    m_undoGroup->removeStack(m_caseFile->document()->undoStack());
    m_beneficiaryStack->removeWidget(m_caseFile);
    delete m_caseFile;
    m_caseFile = nullptr;
    m_beneficiaryStack->setCurrentWidget(m_list);
    m_list->refresh();
    m_list->select(id);
}

void MainWindow::newBeneficiary()
{
    NewBeneficiaryDialog dialog(m_caseFiles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_list->refresh();
    openCaseFile(dialog.createdId());
}

QString MainWindow::saveState() const
{
    return m_saveState->text();
}

void MainWindow::showSaved(const QDateTime& when)
{
    m_saveState->setText(tr("Saved at %1").arg(when.toString(QStringLiteral("HH:mm:ss"))));
    m_saveState->setStyleSheet(QString());
}

void MainWindow::showSaveFailure(const Error& error)
{
    m_saveState->setText(tr("NOT SAVED: %1").arg(ErrorText::of(error)));
    m_saveState->setToolTip(m_saveState->text());
    m_saveState->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
}

void MainWindow::showError(const Error& error)
{
    MessageBox::warning(this, tr("Trame"), ErrorText::of(error));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_caseFile && !m_caseFile->flush()) {
        const auto answer = MessageBox::question(
            this, tr("Not saved"), tr("The last changes could not be saved. Close anyway and lose them?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

void MainWindow::styleTitles()
{
    for (QLabel* title : {m_ui->reviewTitle}) {
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        font.setBold(true);
        title->setFont(font);
    }
}

void MainWindow::showAbout()
{
    AboutDialog dialog(QDir::toNativeSeparators(qs(m_workspace.path())), this);
    dialog.exec();
}
