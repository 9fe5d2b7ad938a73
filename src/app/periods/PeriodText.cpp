#include "periods/PeriodText.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "periods/EntryChoices.h"

using namespace trame;

namespace {

QString escaped(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

QString row(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return {};
    return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
}

QString joined(const std::vector<std::string>& items, const QVector<EntryChoices::Choice>* choices = nullptr)
{
    QStringList words;
    for (const std::string& item : items)
        words << (choices ? EntryChoices::labelOf(*choices, item) : qs(item)).toHtmlEscaped();
    return words.join(QStringLiteral(", "));
}

} // namespace

QString PeriodText::programmeLabel(const std::string& code, const Lists& lists)
{
    if (lists.programmes)
        for (const Programme& p : *lists.programmes)
            if (p.code == code)
                return qs(p.label);
    return qs(code);
}

QString PeriodText::reasonLabel(const std::string& code, const Lists& lists)
{
    if (lists.reasons)
        for (const ExitReason& r : *lists.reasons)
            if (r.code == code)
                return qs(r.label);
    return qs(code);
}

QString PeriodText::status(const SupportPeriod& period, const Lists& lists)
{
    const QString programme = programmeLabel(period.programme, lists);
    if (period.exit)
        return tr("Follow-up closed on %1 (%2): %3")
            .arg(formatDate(period.exit->date), programme, reasonLabel(period.exit->reason, lists));
    if (const Pause* pause = period.openPause()) {
        if (pause->expectedEnd)
            return tr("Follow-up paused since %1, expected to resume on %2 (%3)")
                .arg(formatDate(pause->from), formatDate(pause->expectedEnd), programme);
        return tr("Follow-up paused since %1 (%2)").arg(formatDate(pause->from), programme);
    }
    return tr("Follow-up under way since %1 (%2)").arg(formatDate(period.entryDate), programme);
}

QString PeriodText::alerts(const rules::PeriodAlerts& alerts)
{
    QStringList lines;
    if (alerts.pastMaxLength)
        lines << tr("This follow-up has gone past its programme's maximum length.");
    if (alerts.pausePastExpected)
        lines << tr("This pause has gone past the day the follow-up was expected to resume.");
    return lines.join(QLatin1Char(' '));
}

QString PeriodText::alertSummary(const rules::PeriodAlerts& alerts)
{
    QStringList words;
    if (alerts.pastMaxLength)
        words << tr("Past the programme's maximum length");
    if (alerts.pausePastExpected)
        words << tr("Pause past its expected end");
    return words.join(QStringLiteral(" · "));
}

QString PeriodText::html(const SupportPeriod& period, const Lists& lists)
{
    const EntrySituation& e = period.entry;
    QString prescriber = escaped(period.prescriberOrganisation);
    if (!period.prescriberName.empty())
        prescriber += (prescriber.isEmpty() ? QString() : QStringLiteral(" — ")) + escaped(period.prescriberName);
    const auto flags = EntryChoices::participantFlags();
    const QString title =
        period.exit ? tr("Period from %1 to %2").arg(formatDate(period.entryDate), formatDate(period.exit->date))
                    : tr("Period since %1").arg(formatDate(period.entryDate));
    QString page =
        QStringLiteral("<h2>%1</h2><h3>%2</h3><table cellspacing='4'>").arg(title.toHtmlEscaped(), tr("Entry"));
    page += row(tr("Entry date"), formatDate(period.entryDate)) +
            row(tr("Programme"), programmeLabel(period.programme, lists).toHtmlEscaped()) +
            row(tr("Prescriber"), prescriber) + row(tr("Referent"), escaped(period.referent)) +
            row(tr("Work situation"), EntryChoices::labelOf(EntryChoices::employment(), e.employment).toHtmlEscaped()) +
            row(tr("Time without work"),
                EntryChoices::labelOf(EntryChoices::timeWithoutWork(), e.timeWithoutWork).toHtmlEscaped()) +
            row(tr("Education level"),
                EntryChoices::labelOf(EntryChoices::educationLevels(), e.educationLevel).toHtmlEscaped()) +
            row(tr("Resources at entry"), joined(e.resources)) +
            row(tr("FSE+ criteria"), joined(e.participantFlags, &flags));
    page += QStringLiteral("</table>");
    if (!period.pauses.empty()) {
        page += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Pauses"));
        for (const Pause& p : period.pauses) {
            QString line = p.until ? tr("from %1 to %2").arg(formatDate(p.from), formatDate(p.until))
                                   : tr("since %1").arg(formatDate(p.from));
            if (p.expectedEnd)
                line += QLatin1Char(' ') + tr("(expected end %1)").arg(formatDate(p.expectedEnd));
            page += QStringLiteral("<li>%1: %2</li>").arg(line, escaped(p.reason));
        }
        page += QStringLiteral("</ul>");
    }
    if (!period.exit)
        return page;
    page += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr("Exit"));
    page += row(tr("Exit date"), formatDate(period.exit->date)) +
            row(tr("Reason"), reasonLabel(period.exit->reason, lists).toHtmlEscaped()) +
            row(tr("Situation on leaving"), Labels::of(period.exit->situation).toHtmlEscaped());
    page += QStringLiteral("</table>");
    if (!period.bilan)
        return page;
    const Bilan& b = *period.bilan;
    page += QStringLiteral("<h3>%1</h3>").arg(tr("Bilan"));
    const auto part = [&page](const QString& heading, const QStringList& items) {
        if (items.isEmpty())
            return;
        page += QStringLiteral("<p><b>%1</b></p><ul>").arg(heading.toHtmlEscaped());
        for (const QString& item : items)
            page += QStringLiteral("<li>%1</li>").arg(item);
        page += QStringLiteral("</ul>");
    };
    QStringList obstacles, indicators, steps;
    for (const auto& o : b.obstacles)
        obstacles << QStringLiteral("%1: %2").arg(escaped(o.description), o.lifted ? tr("lifted") : tr("still there"));
    for (const auto& i : b.indicators)
        indicators << QStringLiteral("%1: %2").arg(escaped(i.label),
                                                   i.evaluation.empty() ? tr("not evaluated") : escaped(i.evaluation));
    for (const auto& s : b.steps)
        steps << QStringLiteral("%1: %2").arg(escaped(s.title), Labels::of(s.status).toHtmlEscaped());
    part(tr("Obstacles"), obstacles);
    part(tr("Indicators"), indicators);
    part(tr("Action plan steps"), steps);
    page += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(tr("In the counsellor's words").toHtmlEscaped(),
                     escaped(b.text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    return page;
}
