#pragma once

#include "domain/BeneficiaryList.h"

#include <QByteArray>
#include <QCoreApplication>

#include <vector>

// The beneficiary list as a CSV file a French spreadsheet opens as it is: UTF-8 with its byte
// order mark, ';' between cells (domain/Csv), headers and values in the interface's language.
class ListCsv {
    Q_DECLARE_TR_FUNCTIONS(ListCsv)
public:
    static QByteArray of(const std::vector<trame::BeneficiarySummary>& rows);
};
