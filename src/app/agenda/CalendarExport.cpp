#include "agenda/CalendarExport.h"

#include "common/Conversions.h"
#include "common/InputDialogs.h"
#include "common/PrivateFile.h"
#include "services/Agenda.h"

#include <QCoreApplication>

using namespace trame;

namespace {

struct Words {
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
};

} // namespace

Result<QString> exportCalendar(QWidget* parent, services::Agenda& agenda, const std::string& counsellor,
                               const Date& firstDay)
{
    const int weeks[] = {1, 4, 13};
    const auto span = InputDialogs::chooseItem(
        parent, Words::tr("Export to my calendar"), Words::tr("Which appointments?"),
        {Words::tr("This week"), Words::tr("The 4 weeks from this one"), Words::tr("The 3 months from this week")});
    if (!span)
        return QString();
    const auto naming = InputDialogs::chooseItem(
        parent, Words::tr("Export to my calendar"),
        Words::tr("How are people named in the calendar? A calendar is often synchronised outside the structure."),
        {Words::tr("Initials and case number (recommended)"), Words::tr("Full names")});
    if (!naming)
        return QString();
    const Date lastDay = firstDay.addDays(7 * weeks[*span] - 1);
    const auto file =
        InputDialogs::saveFileName(parent, Words::tr("Export to my calendar"),
                                   QStringLiteral("agenda-%1-%2.ics").arg(qs(counsellor), qs(firstDay.toString())),
                                   Words::tr("iCalendar (*.ics)"));
    if (!file)
        return QString();
    const auto names = *naming == 1 ? services::CalendarNames::FullNames : services::CalendarNames::Initials;
    auto text = agenda.calendar(counsellor, firstDay, lastDay, names);
    if (!text)
        return text.error();
    if (Status written = writePrivateFile(*file, QByteArray::fromStdString(*text)); !written)
        return written.error();
    return Words::tr("The appointments from %1 to %2 were written to %3.")
        .arg(formatDate(firstDay), formatDate(lastDay), *file);
}
