#pragma once

#include <QMessageBox>

// Every question Trame asks goes through here, so that tests can answer it instead of a person
// (as KeePassXC does): setNextAnswer() makes the next question return at once.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A question with custom buttons; returns the index of the chosen one.
    static int choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                      int defaultChoice);
    // `details`, the technical side, behind Qt's « Afficher les détails… ».
    static void warning(QWidget* parent, const QString& title, const QString& text, const QString& details = {});
    // Something Trame cannot go on without (its database): said before it stops.
    static void critical(QWidget* parent, const QString& title, const QString& text, const QString& details = {});

    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    // For tests: a question nobody answered in advance returns its default instead of waiting.
    static void setNonInteractive(bool on) { s_nonInteractive = on; }
    static void setNextChoice(int choice) { s_nextChoice = choice; }
    // What the last question or warning said, for tests.
    static QString lastText() { return s_lastText; }
    static QString lastDetails() { return s_lastDetails; }

private:
    static void tell(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                     const QString& details);

    static inline QMessageBox::StandardButton s_nextAnswer = QMessageBox::NoButton;
    static inline int s_nextChoice = -1;
    static inline QString s_lastText;
    static inline QString s_lastDetails;
    static inline bool s_nonInteractive = false;
};
