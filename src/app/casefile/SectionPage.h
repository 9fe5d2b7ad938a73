#pragma once

#include "domain/Reference.h"

#include <QWidget>

#include "domain/Interview.h"

#include <functional>

class CaseFileDocument;
namespace trame::services {
class Appointments;
class CaseFiles;
class SupportPeriods;
} // namespace trame::services

// What the section pages need besides the document.
struct PageContext {
    const std::vector<trame::CatalogueEntry>* catalogue = nullptr;
    const std::vector<trame::InterviewTemplate>* templates = nullptr;
    trame::Date today;
    trame::services::CaseFiles* service = nullptr; // none for a reference case
    trame::services::SupportPeriods* periods = nullptr;
    trame::services::Appointments* appointments = nullptr;
    std::function<bool()> flush;              // stores what is pending; false when it could not
    std::vector<trame::Interview> interviews; // oldest first
};

// One screen of the guide's frame. Designer builds the page empty; bind() attaches it to a
// document (a beneficiary's case file, or a read-only reference case).
class SectionPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void bind(CaseFileDocument& document, const PageContext& context) = 0;
};
