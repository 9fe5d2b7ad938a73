#pragma once

#include "domain/PeriodRules.h"
#include "domain/SupportPeriod.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

// A support period in words: one line for its state, a page for all it holds (entry, pauses,
// exit, bilan), the alerts it raises. People's text is escaped: it is shown as typed.
class PeriodText {
    Q_DECLARE_TR_FUNCTIONS(PeriodText)
public:
    struct Lists {
        const std::vector<trame::Programme>* programmes = nullptr;
        const std::vector<trame::ExitReason>* reasons = nullptr;
    };
    static QString status(const trame::SupportPeriod& period, const Lists& lists);
    static QString html(const trame::SupportPeriod& period, const Lists& lists);
    static QString alerts(const trame::rules::PeriodAlerts& alerts);
    // The same in a few words, for a column of the list.
    static QString alertSummary(const trame::rules::PeriodAlerts& alerts);
    static QString programmeLabel(const std::string& code, const Lists& lists);
    static QString reasonLabel(const std::string& code, const Lists& lists);
};
