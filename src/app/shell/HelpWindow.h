#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTextBrowser;

// The French user guide, inside Trame (F1): the guide of docs/ with its screenshots, compiled into
// the program so that it is there without a network or a browser, and searched as typed.
class HelpWindow : public QDialog {
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return m_browser; }
    // Finds `text` after the current place, from the top again when the end is reached; false
    // when the guide does not contain it.
    bool find(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The screenshots no wider than the page: a 1,280-pixel picture in a narrower window would
    // make every line scroll sideways. Redone when the window's width changes.
    void fitImages();

    QTextBrowser* m_browser;
    QLineEdit* m_search;
    QLabel* m_notFound;
};
