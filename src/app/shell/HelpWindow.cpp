#include "shell/HelpWindow.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QResizeEvent>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

HelpWindow::HelpWindow(QWidget* parent)
    : QDialog(parent), m_browser(new QTextBrowser(this)), m_search(new QLineEdit(this)), m_notFound(new QLabel(this))
{
    setWindowTitle(tr("Trame user guide"));
    setObjectName(QStringLiteral("helpWindow"));
    auto* searchLabel = new QLabel(tr("&Search the guide:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the guide"));
    m_notFound->setObjectName(QStringLiteral("notFound"));
    m_notFound->setText(tr("Not found"));
    m_notFound->hide();
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_notFound);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);

    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("User guide"));
    // The guide and its images (images/…) are resources: relative links resolve among them.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/guide-utilisateur.md")), QTextDocument::MarkdownResource);
    m_browser->document()->setUndoRedoEnabled(false); // fitting the pictures is no edit to undo
    m_browser->viewport()->installEventFilter(this);
    connect(m_search, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_browser->moveCursor(QTextCursor::Start);
        find(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    auto* next = new QShortcut(QKeySequence::FindNext, this);
    connect(next, &QShortcut::activated, this, [this] { find(m_search->text()); });
    auto* focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, m_search, [this] { m_search->setFocus(); });
    resize(900, 700);
    m_search->setFocus();
}

bool HelpWindow::eventFilter(QObject* watched, QEvent* event)
{
    // After the resize has settled: fitting may bring or remove the vertical scroll bar, which
    // changes the width again.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &HelpWindow::fitImages);
    return QDialog::eventFilter(watched, event);
}

void HelpWindow::fitImages()
{
    QTextDocument* guide = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * guide->documentMargin();
    if (room <= 0)
        return;
    QTextCursor cursor(guide);
    for (QTextBlock block = guide->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QVariant picture = guide->resource(QTextDocument::ImageResource, QUrl(image.name()));
            const QSizeF natural = picture.value<QImage>().size();
            if (natural.isEmpty())
                continue;
            const QTextBlockFormat paragraph = block.blockFormat();
            const qreal indent = paragraph.leftMargin() + paragraph.indent() * guide->indentWidth();
            const qreal width = std::max<qreal>(1, std::min(natural.width(), room - indent));
            if (qFuzzyCompare(image.width(), width))
                continue;
            image.setWidth(width);
            image.setHeight(natural.height() * width / natural.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

bool HelpWindow::find(const QString& text)
{
    if (text.isEmpty()) {
        m_notFound->hide();
        return true;
    }
    bool found = m_browser->find(text);
    if (!found) {
        m_browser->moveCursor(QTextCursor::Start);
        found = m_browser->find(text);
    }
    m_notFound->setVisible(!found);
    return found;
}
