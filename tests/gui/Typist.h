#pragma once

#include <QApplication>
#include <QTest>
#include <QWidget>

#include <catch2/catch.hpp>

// Types as a person does: one key at a time into whatever has the keyboard focus, with a pause
// between keys (45 ms: about 22 characters a second, a quick typist). Timing bugs — an autosave
// firing while a cell editor is open — show only at that speed, never with instant input.
namespace Typist {

constexpr int kKeyMs = 45;

inline QWidget* focused()
{
    QWidget* target = QApplication::focusWidget();
    REQUIRE(target);
    return target;
}

inline void type(const QString& text, int keyMs = kKeyMs)
{
    for (const QChar c : text) {
        QWidget* target = focused();
        if (c == QLatin1Char(' '))
            QTest::keyClick(target, Qt::Key_Space);
        else if (c.unicode() < 128)
            QTest::keyClick(target, static_cast<char>(c.unicode()));
        else // QTest only maps ASCII to keys: other letters come as key events carrying text
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::qWait(keyMs);
    }
}

inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    QTest::qWait(kKeyMs);
}

} // namespace Typist
