#pragma once

#include "domain/Reference.h"

#include <QCoreApplication>
#include <QString>

// What the guide advises for one section of a reference case, as HTML for the side panel:
// the meaning of the techniques, tools and partners the case uses, and the guide's own remarks.
class GuideAdvice {
    Q_DECLARE_TR_FUNCTIONS(GuideAdvice)
public:
    // `section` is the tab: 0 Situation … 5 Follow-up.
    static QString html(const trame::ReferenceCase& reference, const std::vector<trame::CatalogueEntry>& catalogue,
                        int section);
};
