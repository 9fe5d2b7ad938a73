#pragma once

#include <QApplication>
#include <QTest>

#include <catch2/catch.hpp>

// The window-modal dialog a key just opened, once it has the keyboard: a person looks before
// typing, and keys sent earlier would go to the window below.
template <typename Dialog> Dialog* openedDialog()
{
    Dialog* dialog = nullptr;
    for (int i = 0; i < 100 && !dialog; ++i) {
        QTest::qWait(20);
        dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
    }
    REQUIRE(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    for (int i = 0; i < 100 && !dialog->isAncestorOf(QApplication::focusWidget()); ++i)
        QTest::qWait(20);
    REQUIRE(dialog->isAncestorOf(QApplication::focusWidget()));
    return dialog;
}
