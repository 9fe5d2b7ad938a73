#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <string>

// The codes a counsellor picks from for the situation at entry, each with its words in the
// interface's language. The codes are the field's (sources in EntryChoices.cpp): a file imported
// with another code keeps it, and the screens show it as it is.
class EntryChoices {
    Q_DECLARE_TR_FUNCTIONS(EntryChoices)
public:
    struct Choice {
        std::string code;
        QString label;
    };
    static QVector<Choice> employment();
    static QVector<Choice> timeWithoutWork();
    static QVector<Choice> educationLevels();
    // FSE+ participant flags: recorded only when the structure's agreement requires them.
    static QVector<Choice> participantFlags();

    // The words for `code` among `choices`, or the code itself when it is not one of them.
    static QString labelOf(const QVector<Choice>& choices, const std::string& code);
};
