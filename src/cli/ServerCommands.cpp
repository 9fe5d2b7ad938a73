// trame-cli server init: prepares a PostgreSQL database for a team.
#include "cli/CliApp.h"
#include "services/ServerMove.h"
#include "services/ServerSetup.h"
#include "services/Workspace.h"

#include <ostream>

namespace trame::cli {

int CliApp::serverCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 2 || args.positionals[1] != "init")
        return usageError("usage: trame-cli --db postgresql://… server init");
    const std::string location = databasePath(args);
    if (!services::isServerLocation(location))
        return usageError("server init needs --db postgresql://USER@HOST[:PORT]/DATABASE: a connection allowed "
                          "to create the schema and a role (the database's owner)");
    auto workspace = services::Workspace::open(location); // the schema and the guide's cases
    if (!workspace)
        return fail(workspace.error());
    auto setup = services::prepareServer(**workspace, location);
    if (!setup)
        return fail(setup.error());
    m_out << "Server ready: " << (*workspace)->path() << " (schema version " << setup->schemaVersion
          << ", the guide's cases seeded)\n"
          << "Workstations connect as the role " << setup->role
          << ", which reads nothing personal without a Trame user's password.\n"
          << "Keep the next line: it is every workstation's --db, and it holds the role's password\n"
          << "(a new one at each server init; the previous one stops working):\n"
          << setup->workstationUri << '\n'
          << "Then create the first administrator with this owner connection:\n"
          << "  trame-cli --db <this connection> user add LOGIN --role administrateur\n"
          << "Back the server up with PostgreSQL's pg_dump (docs/reliability.md).\n";
    return ExitOk;
}

int CliApp::migrateToServer(const ParsedArgs& args)
{
    const auto from = args.value("from");
    const auto to = args.value("to");
    if (args.positionals.size() != 1 || !from || !to)
        return usageError("usage: trame-cli --user LOGIN migrate-to-server --from FILE --to postgresql://…");
    if (services::isServerLocation(*from) || !services::isServerLocation(*to))
        return usageError("migrate-to-server moves a file (--from FILE) onto a server (--to postgresql://…)");
    ParsedArgs onFile = args;
    onFile.options["db"] = *from; // the user signs in on the file
    auto session = signedIn(onFile);
    if (!session)
        return fail(session.error());
    auto server = services::Workspace::open(*to);
    if (!server)
        return fail(server.error());
    auto moved = services::moveToServer(*session->workspace, *session->actor, **server, m_clock);
    if (!moved)
        return fail(moved.error());
    for (const auto& table : *moved)
        m_out << table.table << ": " << table.rows << " rows, digest " << table.digest.substr(0, 16) << " (same)\n";
    m_out << "Moved to " << (*server)->path() << " and verified. The file is unchanged: keep it as a backup,\n"
          << "and open Trame with the workstations' URI from now on.\n";
    return ExitOk;
}

} // namespace trame::cli
