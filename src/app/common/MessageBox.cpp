#include "common/MessageBox.h"

#include <QPushButton>

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        const auto answer = s_nextAnswer;
        s_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (s_nonInteractive)
        return defaultButton;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

int MessageBox::choose(QWidget* parent, const QString& title, const QString& text, const QStringList& choices,
                       int defaultChoice)
{
    s_lastText = text;
    if (s_nextChoice >= 0) {
        const int choice = s_nextChoice;
        s_nextChoice = -1;
        return choice;
    }
    if (s_nonInteractive)
        return defaultChoice;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton*> buttons;
    for (const QString& choice : choices)
        buttons.append(box.addButton(choice, QMessageBox::AcceptRole));
    if (defaultChoice >= 0 && defaultChoice < buttons.size())
        box.setDefaultButton(static_cast<QPushButton*>(buttons.at(defaultChoice)));
    box.exec();
    const int index = static_cast<int>(buttons.indexOf(box.clickedButton()));
    return index < 0 ? defaultChoice : index;
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    tell(QMessageBox::Warning, parent, title, text, details);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text, const QString& details)
{
    tell(QMessageBox::Critical, parent, title, text, details);
}

void MessageBox::tell(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                      const QString& details)
{
    s_lastText = text;
    s_lastDetails = details;
    if (s_nextAnswer != QMessageBox::NoButton) {
        s_nextAnswer = QMessageBox::NoButton;
        return;
    }
    if (s_nonInteractive)
        return;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setDetailedText(details);
    box.exec();
}
