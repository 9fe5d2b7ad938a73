#include "references/ReferenceLibraryPage.h"

#include "documents/ReferenceDocument.h"

#include "casefile/CaseFileView.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "ui_ReferenceLibraryPage.h"

ReferenceLibraryPage::ReferenceLibraryPage(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReferenceLibraryPage>())
{
    m_ui->setupUi(this);
    connect(m_ui->caseCombo, &QComboBox::currentIndexChanged, this, &ReferenceLibraryPage::showCase);
    connect(m_ui->previousButton, &QPushButton::clicked, this,
            [this] { showCase(m_ui->caseCombo->currentIndex() - 1); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, [this] { showCase(m_ui->caseCombo->currentIndex() + 1); });
    m_ui->previousButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    m_ui->nextButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_ui->pdfButton, &QPushButton::clicked, this, &ReferenceLibraryPage::savePdf);
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] { deliver(PaperOutput::Way::Preview); });
    m_ui->printButton->setShortcut(QKeySequence::Print);
}

ReferenceLibraryPage::~ReferenceLibraryPage() = default;

void ReferenceLibraryPage::setContent(const trame::ReferenceContent& content, const trame::Letterhead& letterhead,
                                      const trame::Date& today)
{
    m_content = content;
    m_letterhead = letterhead;
    m_today = today;
    const QSignalBlocker blocker(m_ui->caseCombo);
    m_ui->caseCombo->clear();
    for (const trame::ReferenceCase& c : m_content.cases)
        m_ui->caseCombo->addItem(tr("Case %1 – %2 (%3)")
                                     .arg(c.number)
                                     .arg(qs(c.title), Labels::of(c.civility) + QLatin1Char(' ') + qs(c.name)));
    m_ui->caseCombo->setCurrentIndex(0);
    // The case itself is built when the page is first shown: not at start-up.
    delete m_view;
    m_view = nullptr;
    if (isVisible())
        showCase(0);
}

CaseFileView* ReferenceLibraryPage::view()
{
    if (!m_view && caseCount() > 0)
        showCase(std::max(0, m_ui->caseCombo->currentIndex()));
    return m_view;
}

void ReferenceLibraryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    view();
}

int ReferenceLibraryPage::caseCount() const
{
    return static_cast<int>(m_content.cases.size());
}

void ReferenceLibraryPage::showCase(int index)
{
    if (index < 0 || index >= caseCount())
        return;
    const int section = m_view ? m_view->currentSection() : 0;
    delete m_view;
    m_view = new CaseFileView(m_ui->viewHolder);
    m_view->showReference(m_content.cases[static_cast<size_t>(index)], m_content, m_today);
    m_view->showSection(section);
    m_ui->viewLayout->addWidget(m_view);
    if (m_ui->caseCombo->currentIndex() != index) {
        const QSignalBlocker blocker(m_ui->caseCombo);
        m_ui->caseCombo->setCurrentIndex(index);
    }
    m_ui->previousButton->setEnabled(index > 0);
    m_ui->nextButton->setEnabled(index + 1 < caseCount());
}

bool ReferenceLibraryPage::savePdf()
{
    return deliver(PaperOutput::Way::Pdf);
}

bool ReferenceLibraryPage::deliver(PaperOutput::Way way)
{
    const int index = m_ui->caseCombo->currentIndex();
    if (index < 0 || index >= caseCount())
        return false;
    const trame::ReferenceCase& reference = m_content.cases[static_cast<std::size_t>(index)];
    const auto paper = trame::documents::composeReference(reference, m_content, m_letterhead);
    auto delivered = PaperOutput::deliver(this, way, paper, QStringLiteral("cas-%1.pdf").arg(reference.number));
    if (!delivered) {
        emit failed(delivered.error());
        return false;
    }
    if (!*delivered)
        return false;
    emit saved(tr("Case %1 was written to %2.").arg(reference.number).arg(**delivered));
    return true;
}
