#include "periods/PeriodErrors.h"

#include "common/ErrorText.h"

#include <QLabel>
#include <QWidget>

namespace {
bool endsWith(const std::string& text, const std::string& end)
{
    return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}
} // namespace

QString PeriodErrors::text(const trame::Error& error)
{
    const bool required = error.message.rfind("is required", 0) == 0;
    if (required && endsWith(error.path, "exit.reason"))
        return tr("Choose the reason of the exit.");
    if (required && endsWith(error.path, "bilan.text"))
        return tr("Write the bilan: how the follow-up ended, in your own words.");
    if (required && endsWith(error.path, "reason"))
        return tr("Say why the follow-up is paused.");
    if (required && endsWith(error.path, "programme"))
        return tr("Choose the programme.");
    if (required)
        return tr("This field is required.");
    if (error.message.find("before") != std::string::npos || error.message.find("overlaps") != std::string::npos)
        return tr("This date is not possible.");
    return ErrorText::of(error);
}

void PeriodErrors::show(QLabel* label, const trame::Error& error, const Fields& fields)
{
    label->setText(text(error));
    label->setToolTip(ErrorText::details(error));
    label->show();
    for (const auto& [path, widget] : fields)
        if (endsWith(error.path, path)) {
            widget->setFocus(Qt::OtherFocusReason);
            return;
        }
}
