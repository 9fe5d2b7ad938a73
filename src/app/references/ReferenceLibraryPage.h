#pragma once

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

    void setContent(const trame::ReferenceContent& content, const trame::Date& today);
    void showCase(int index);
    // The view of the current case, built on first use.
    CaseFileView* view();
    int caseCount() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::ReferenceLibraryPage> m_ui;
    trame::ReferenceContent m_content;
    trame::Date m_today;
    CaseFileView* m_view = nullptr;
};
