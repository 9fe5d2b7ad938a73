// trame-cli's automatic backups: listing them, and restoring one.
#include "cli/CliApp.h"
#include "services/Workspace.h"

#include "services/Accounts.h"
#include "services/Backups.h"
#include "services/Maintenance.h"

#include <filesystem>
#include <iostream>

namespace trame::cli {

namespace {
const char* const kServerBackups = "a server is backed up by PostgreSQL itself (pg_dump, pg_restore), not by Trame: "
                                   "see docs/reliability.md";
}

int CliApp::backupsCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("backups takes no argument");
    const std::string db = databasePath(args);
    if (services::isServerLocation(db))
        return usageError(kServerBackups);
    if (auto keep = args.value("keep")) {
        const auto n = positiveNumber(*keep);
        if (!n || *n > services::backups::kMaxKept)
            return usageError("--keep takes a number from 1 to " + std::to_string(services::backups::kMaxKept) +
                              ", not '" + *keep + "'");
        auto session = signedIn(args);
        if (!session)
            return fail(session.error());
        if (Status set = services::setBackupsKept(*session->workspace, m_clock, *session->actor, static_cast<int>(*n));
            !set)
            return fail(set.error());
        m_out << "Trame now keeps the newest " << *n << " automatic backups.\n";
        return ExitOk;
    }
    auto found = services::listBackups(db);
    if (!found)
        return fail(found.error());
    for (const services::BackupInfo& b : *found)
        m_out << b.takenAt.toString() << '\t' << b.bytes << '\t' << b.path << '\n';
    m_out << found->size() << " automatic backups in " << services::backupFolderFor(db) << ".\n";
    return ExitOk;
}

int CliApp::restoreCommand(const ParsedArgs& args)
{
    const bool latest = args.has("latest");
    if (args.positionals.size() != (latest ? 1u : 2u))
        return usageError("restore takes one backup file, or --latest");
    if (services::isServerLocation(databasePath(args)))
        return usageError(kServerBackups);
    const std::string db = databasePath(args);
    std::string backup;
    if (latest) {
        auto found = services::listBackups(db);
        if (!found)
            return fail(found.error());
        if (found->empty())
            return fail(makeError(ErrorKind::NotFound, services::backupFolderFor(db), "there is no automatic backup"));
        backup = found->front().path;
    } else {
        backup = args.positionals[1];
    }
    // A healthy file holds accounts: replacing it is an administrator's decision. A damaged or
    // missing one cannot check anyone, and is what restoring is for.
    std::error_code ec;
    const auto current = std::filesystem::exists(db, ec)
                             ? services::checkFile(db)
                             : Result<FileReport>(makeError(ErrorKind::NotFound, db, "missing"));
    if (current && current->healthy()) {
        auto session = signedIn(args);
        if (!session)
            return fail(session.error());
        if (Status allowed = services::authorizeRestore(*session->workspace, m_clock, *session->actor); !allowed)
            return fail(allowed.error());
    }
    auto aside = services::restoreBackup(db, backup, m_clock);
    if (!aside)
        return fail(aside.error());
    m_out << "Restored " << backup << " into " << db << '\n';
    if (std::filesystem::exists(*aside, ec))
        m_out << "The file it replaced is kept as " << *aside << '\n';
    return ExitOk;
}

} // namespace trame::cli
