#pragma once

#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

// An Error in the interface's language: a translated sentence for its kind, then the technical
// detail (the field and what the layer below said) for whoever helps the user.
class ErrorText {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
public:
    static QString of(const trame::Error& error);
    // A server that stopped answering (restarted, a cable pulled): what is typed waits for it.
    static bool isLostConnection(const trame::Error& error);
    // A refused sign-in or unlock, said the way the person at the keyboard needs it.
    static QString ofSignIn(const trame::Error& error);
};
