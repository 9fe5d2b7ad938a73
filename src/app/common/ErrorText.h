#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

class QLabel;

// An Error in the interface's language: a translated sentence for its kind, said to the user; and
// apart, behind a « Détails » disclosure or a tooltip, the technical detail (the field and what the
// layer below said, in English) for whoever helps them.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString of(const trame::Error& error);
    static QString details(const trame::Error& error);
    // The sentence in `label` (after `prefix`), the detail in its tooltip.
    static void show(QLabel* label, const trame::Error& error, const QString& prefix = {});
    // A server that stopped answering (restarted, a cable pulled): what is typed waits for it.
    static bool isLostConnection(const trame::Error& error);
    // A refused sign-in or unlock, said the way the person at the keyboard needs it.
    static QString ofSignIn(const trame::Error& error);
};
