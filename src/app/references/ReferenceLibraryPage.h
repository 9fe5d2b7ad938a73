#pragma once

#include "common/PaperOutput.h"

#include "domain/Error.h"
#include "domain/Letterhead.h"
#include "domain/Reference.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReferenceLibraryPage;
}
class CaseFileView;

// The guide's six worked cases, read-only, in the same pages as a case file, with what the guide
// advises beside each section. Moving to another case keeps the section being read.
class ReferenceLibraryPage : public QWidget {
    Q_OBJECT
public:
    explicit ReferenceLibraryPage(QWidget* parent = nullptr);
    ~ReferenceLibraryPage() override;

    void setContent(const trame::ReferenceContent& content, const trame::Letterhead& letterhead,
                    const trame::Date& today);
    void showCase(int index);
    // The view of the current case, built on first use.
    CaseFileView* view();
    int caseCount() const;
    // Asks where, then writes the case shown as a PDF (the same document as `trame-cli document
    // reference`); false when cancelled or refused.
    bool savePdf();
    // The case shown, previewed and printed, or saved as PDF; false when cancelled or refused.
    bool deliver(PaperOutput::Way way);

signals:
    void failed(const trame::Error& error);
    void saved(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::ReferenceLibraryPage> m_ui;
    trame::ReferenceContent m_content;
    trame::Letterhead m_letterhead;
    trame::Date m_today;
    CaseFileView* m_view = nullptr;
};
