#include "common/DocumentActions.h"

#include "documents/PersonDocument.h"
#include "services/Documents.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QWidget>

using trame::DocumentKind;

DocumentActions::DocumentActions(trame::services::Documents& documents, QWidget* parent)
    : QObject(parent), m_documents(documents), m_parent(parent)
{
}

QMenu* DocumentActions::menu()
{
    if (m_menu)
        return m_menu;
    m_menu = new QMenu(m_parent);
    for (DocumentKind kind : {DocumentKind::Plan, DocumentKind::Interview, DocumentKind::CaseFile,
                              DocumentKind::Convocation, DocumentKind::Bilan})
        addDocument(kind);
    return m_menu;
}

QString DocumentActions::menuTitle(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Plan: return tr("&Action plan");
    case DocumentKind::Interview: return tr("&Summary of the last interview");
    case DocumentKind::CaseFile: return tr("&Whole case file");
    case DocumentKind::Convocation: return tr("&Letter for the next appointment");
    case DocumentKind::Bilan: return tr("&Bilan of the last closed period");
    }
    return {};
}

void DocumentActions::addDocument(DocumentKind kind)
{
    QMenu* sub = m_menu->addMenu(menuTitle(kind));
    const auto add = [&](const QString& text, PaperOutput::Way way) {
        QAction* action = sub->addAction(text);
        connect(action, &QAction::triggered, this,
                [this, kind, way] { produce(kind, m_beneficiary, std::nullopt, way); });
        return action;
    };
    add(tr("Print pre&view…"), PaperOutput::Way::Preview);
    QAction* print = add(tr("&Print…"), PaperOutput::Way::Print);
    add(tr("Save as P&DF…"), PaperOutput::Way::Pdf);
    if (kind == DocumentKind::Plan) {
        // Two keystrokes from an open case file to the printed plan: Ctrl+P, then Enter.
        print->setShortcut(QKeySequence::Print);
        print->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_parent->addAction(print);
    }
}

void DocumentActions::produce(DocumentKind kind, std::int64_t beneficiaryId, std::optional<std::int64_t> subject,
                              PaperOutput::Way way)
{
    if (m_beforeEach && !m_beforeEach())
        return;
    auto source = m_documents.source(kind, beneficiaryId, subject);
    if (!source) {
        emit failed(source.error());
        return;
    }
    const trame::documents::PaperComposer paper = trame::documents::composeDocument(*source);
    auto delivered = PaperOutput::deliver(m_parent, way, paper, trame::documents::suggestedFileName(*source));
    if (!delivered)
        emit failed(delivered.error());
    else if (*delivered)
        emit saved(tr("%1 was written to %2.").arg(paper.documentTitle(), **delivered));
}
