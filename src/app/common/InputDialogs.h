#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QWidget;

// Every file name and every pick from a list that Trame asks of a person goes through here, as
// its questions go through MessageBox, so that tests answer instead of a person: an answer set
// in advance is taken at once, and when non-interactive a question nobody answered is cancelled.
class InputDialogs {
public:
    // The file to write, or nothing when cancelled.
    static std::optional<QString> saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                               const QString& filter);
    // An existing file to read, or nothing when cancelled (answered by setNextFileName too).
    static std::optional<QString> openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // The index of the item chosen in `items`, or nothing when cancelled.
    static std::optional<int> chooseItem(QWidget* parent, const QString& title, const QString& label,
                                         const QStringList& items);

    static void setNextFileName(const QString& file) { s_nextFileName = file; }
    // Answers are taken in the order they were set, one question each.
    static void setNextItem(int index) { s_nextItems.append(index); }
    static void setNonInteractive(bool on) { s_nonInteractive = on; }
    // What the last question offered, for tests.
    static QStringList lastItems() { return s_lastItems; }
    static QString lastSuggestion() { return s_lastSuggestion; }

private:
    static inline std::optional<QString> s_nextFileName;
    static inline QList<int> s_nextItems;
    static inline bool s_nonInteractive = false;
    static inline QStringList s_lastItems;
    static inline QString s_lastSuggestion;
};
