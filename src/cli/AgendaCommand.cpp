// trame-cli agenda: a counsellor's appointments, as lines or as an iCalendar file.
#include "cli/CliApp.h"

#include "cli/FileIo.h"
#include "services/Agenda.h"

namespace trame::cli {

namespace {

std::string clock(int minute)
{
    const auto two = [](int n) { return (n < 10 ? "0" : "") + std::to_string(n); };
    return two(minute / 60) + ":" + two(minute % 60);
}

} // namespace

int CliApp::agendaCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("agenda takes no argument; name the days with --from and --to");
    const auto fromText = args.value("from");
    const auto toText = args.value("to");
    if (!fromText || !toText)
        return usageError("agenda needs --from DATE and --to DATE (YYYY-MM-DD)");
    const auto from = Date::parse(*fromText);
    const auto to = Date::parse(*toText);
    if (!from || !to)
        return usageError("--from and --to take a date as YYYY-MM-DD, not '" + (from ? *toText : *fromText) + "'");
    if (args.has("force") && !args.has("ics"))
        return usageError("--force goes with --ics");
    const auto ics = args.value("ics");
    if (ics)
        if (Status free = outputAllowed(args, *ics); !free)
            return fail(free.error());
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    const std::string counsellor = args.value("counsellor").value_or(session->actor->login());
    const auto names = args.has("full-names") ? services::CalendarNames::FullNames : services::CalendarNames::Initials;
    services::Agenda agenda(*session->workspace, m_clock, *session->actor);
    if (ics) {
        auto text = agenda.calendar(counsellor, *from, *to, names);
        if (!text)
            return fail(text.error());
        if (Status written = writeFileAtomically(*ics, *text); !written)
            return fail(written.error());
        return ExitOk;
    }
    auto entries = agenda.exportEntries(counsellor, *from, *to, names, "lines");
    if (!entries)
        return fail(entries.error());
    for (const AgendaEntry& entry : *entries) {
        const Appointment& a = entry.appointment;
        m_out << a.start.day.toString() << '\t' << clock(a.start.minute) << '\t' << clock(a.end().minute) << '\t'
              << a.beneficiaryId << '\t' << services::personName(entry, names) << '\t' << toString(a.kind) << '\t'
              << toString(a.status) << '\t' << a.place << '\n';
    }
    m_out.flush();
    return m_out ? ExitOk : ExitFailure;
}

} // namespace trame::cli
