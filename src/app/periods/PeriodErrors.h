#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

#include <string>
#include <utility>
#include <vector>

class QLabel;
class QWidget;

// A refusal of a period dialog said in the interface's language, under the dialog, with the
// keyboard put back in the field the domain named.
class PeriodErrors {
    Q_DECLARE_TR_FUNCTIONS(PeriodErrors)
public:
    using Fields = std::vector<std::pair<std::string, QWidget*>>;
    static QString text(const trame::Error& error);
    static void show(QLabel* label, const trame::Error& error, const Fields& fields);
};
