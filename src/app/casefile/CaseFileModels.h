#pragma once

#include "casefile/SectionTableModel.h"

#include "domain/Reference.h"

class CaseFileDocument;

// The tables of the guide's sections, built over one document. The catalogue gives the choices
// (techniques, tools, partners) and their labels; `today` marks overdue plan steps.
namespace CaseFileModels {

SectionTableModel* obstacles(CaseFileDocument& document, const trame::Date& today, QObject* parent);
SectionTableModel* attitude(CaseFileDocument& document, const std::vector<trame::CatalogueEntry>& catalogue,
                            QObject* parent);
SectionTableModel* tools(CaseFileDocument& document, const std::vector<trame::CatalogueEntry>& catalogue,
                         QObject* parent);
SectionTableModel* referrals(CaseFileDocument& document, const std::vector<trame::CatalogueEntry>& catalogue,
                             QObject* parent);
SectionTableModel* plan(CaseFileDocument& document, const std::vector<trame::CatalogueEntry>& catalogue,
                        const trame::Date& today, QObject* parent);
SectionTableModel* indicators(CaseFileDocument& document, QObject* parent);
SectionTableModel* adminAdvice(CaseFileDocument& document, QObject* parent);

} // namespace CaseFileModels
