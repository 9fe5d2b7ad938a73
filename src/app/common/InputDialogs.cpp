#include "common/InputDialogs.h"

#include <QFileDialog>
#include <QInputDialog>

std::optional<QString> InputDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                                  const QString& filter)
{
    s_lastSuggestion = suggested;
    if (auto answer = std::exchange(s_nextFileName, std::nullopt))
        return answer->isEmpty() ? std::nullopt : answer;
    if (s_nonInteractive)
        return std::nullopt;
    const QString file = QFileDialog::getSaveFileName(parent, caption, suggested, filter);
    return file.isEmpty() ? std::nullopt : std::optional<QString>(file);
}

std::optional<QString> InputDialogs::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (auto answer = std::exchange(s_nextFileName, std::nullopt))
        return answer->isEmpty() ? std::nullopt : answer;
    if (s_nonInteractive)
        return std::nullopt;
    const QString file = QFileDialog::getOpenFileName(parent, caption, QString(), filter);
    return file.isEmpty() ? std::nullopt : std::optional<QString>(file);
}

std::optional<int> InputDialogs::chooseItem(QWidget* parent, const QString& title, const QString& label,
                                            const QStringList& items)
{
    s_lastItems = items;
    if (!s_nextItems.isEmpty()) {
        const int answer = s_nextItems.takeFirst();
        return answer >= 0 && answer < items.size() ? std::optional<int>(answer) : std::nullopt;
    }
    if (s_nonInteractive || items.isEmpty())
        return std::nullopt;
    bool chosen = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &chosen);
    const auto index = static_cast<int>(items.indexOf(item));
    return chosen && index >= 0 ? std::optional<int>(index) : std::nullopt;
}
