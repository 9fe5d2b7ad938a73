#pragma once

#include "common/PaperOutput.h"

#include "domain/PaperDocument.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <optional>

class QMenu;
class QWidget;
namespace trame::services {
class Documents;
}

// The documents about one person, from wherever a user is: a menu of the five documents, each to
// preview, print or save as PDF, and Ctrl+P which prints the action plan. The service checks who
// may and audits each one; what it returns is laid out once (documents/) for every way out.
class DocumentActions : public QObject {
    Q_OBJECT
public:
    DocumentActions(trame::services::Documents& documents, QWidget* parent);

    // The person the menu's documents are about.
    void setBeneficiary(std::int64_t beneficiaryId) { m_beneficiary = beneficiaryId; }
    // Built on first use, with Ctrl+P on the parent for the plan.
    QMenu* menu();
    // Runs before each document is read, so that what was just typed is on it: the case file's
    // pending save. A false return stops the document.
    void setBeforeEach(std::function<bool()> step) { m_beforeEach = std::move(step); }

    // One document on one record of a person, one way.
    void produce(trame::DocumentKind kind, std::int64_t beneficiaryId, std::optional<std::int64_t> subject,
                 PaperOutput::Way way);

    // What each kind is called in the menu.
    static QString menuTitle(trame::DocumentKind kind);

signals:
    void failed(const trame::Error& error);
    void saved(const QString& message);

private:
    void addDocument(trame::DocumentKind kind);

    trame::services::Documents& m_documents;
    QWidget* m_parent;
    QMenu* m_menu = nullptr;
    std::int64_t m_beneficiary = 0;
    std::function<bool()> m_beforeEach;
};
