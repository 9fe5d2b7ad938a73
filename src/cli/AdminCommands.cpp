// trame-cli's commands for accounts, the audit trail and the people's data rights.
#include "cli/CliApp.h"

#include "services/Accounts.h"
#include "services/AuditTrail.h"
#include "services/DataRights.h"

#include <iomanip>
#include <iostream>

namespace trame::cli {

namespace {

std::optional<std::int64_t> accountId(const std::vector<Account>& accounts, const std::string& login)
{
    for (const Account& a : accounts)
        if (a.login == login)
            return a.id;
    return std::nullopt;
}

} // namespace

int CliApp::userCommand(const ParsedArgs& args)
{
    if (args.positionals.size() < 2)
        return usageError("user takes add, list, disable, enable or reset-password");
    const std::string& sub = args.positionals[1];
    if (sub == "add")
        return userAdd(args);
    if ((args.has("role") || args.has("name")))
        return usageError("--role and --name go with user add only");
    const bool needsLogin = sub == "disable" || sub == "enable" || sub == "reset-password";
    if (sub != "list" && !needsLogin)
        return usageError("unknown user command '" + sub + "'");
    if (args.positionals.size() != (needsLogin ? 3u : 2u))
        return usageError(needsLogin ? "user " + sub + " takes one login" : "user list takes no argument");
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    services::Accounts accounts(*session->workspace, m_clock);
    auto all = accounts.list(*session->actor);
    if (!all)
        return fail(all.error());
    if (sub == "list") {
        for (const Account& a : *all)
            m_out << std::left << std::setw(20) << a.login << ' ' << std::setw(15) << toString(a.role) << ' '
                  << (a.active ? "active  " : "disabled") << ' ' << a.displayName << '\n';
        return ExitOk;
    }
    const auto id = accountId(*all, args.positionals[2]);
    if (!id)
        return fail(makeError(ErrorKind::NotFound, {}, "no account '" + args.positionals[2] + "'"));
    Status done = Ok{};
    if (sub == "reset-password") {
        auto password = readNewPassword();
        if (!password)
            return fail(password.error());
        done = accounts.resetPassword(*session->actor, *id, *password);
    } else {
        done = accounts.setActive(*session->actor, *id, sub == "enable");
    }
    if (!done)
        return fail(done.error());
    m_out << "Account " << args.positionals[2] << ": " << (sub == "reset-password" ? "password reset" : sub + "d")
          << ".\n";
    return ExitOk;
}

int CliApp::userAdd(const ParsedArgs& args)
{
    if (args.positionals.size() != 3)
        return usageError("user add takes one login");
    const auto roleName = args.value("role");
    if (!roleName)
        return usageError("user add needs --role (" + allowedValues<Role>() + ")");
    const auto role = parseEnum<Role>(*roleName);
    if (!role)
        return usageError("--role takes " + allowedValues<Role>() + ", not '" + *roleName + "'");
    services::NewAccount account;
    account.login = args.positionals[2];
    account.displayName = args.value("name").value_or(account.login);
    account.role = *role;

    auto workspace = services::Workspace::open(databasePath(args));
    if (!workspace)
        return fail(workspace.error());
    services::Accounts accounts(**workspace, m_clock);
    auto any = accounts.hasAccounts();
    if (!any)
        return fail(any.error());
    if (!*any) {
        if (args.has("user"))
            return usageError("this file has no account yet: create the first administrator without --user");
        auto password = readNewPassword();
        if (!password)
            return fail(password.error());
        account.password = *password;
        auto first = accounts.createFirstAdministrator(account);
        if (!first)
            return fail(first.error());
        m_out << "Administrator " << account.login << " created.\n";
        return ExitOk;
    }
    workspace->reset();
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    auto password = readNewPassword();
    if (!password)
        return fail(password.error());
    account.password = *password;
    auto added = services::Accounts(*session->workspace, m_clock).add(*session->actor, account);
    if (!added)
        return fail(added.error());
    m_out << "Account " << account.login << " (" << toString(account.role) << ") created.\n";
    return ExitOk;
}

int CliApp::auditCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 2 || (args.positionals[1] != "list" && args.positionals[1] != "purge"))
        return usageError("audit takes list or purge");
    const bool purge = args.positionals[1] == "purge";
    AuditFilter filter;
    if (purge && args.options.size() > (args.has("db") ? 2u : 1u))
        return usageError("audit purge takes no filter");
    filter.actorLogin = args.value("actor").value_or("");
    if (auto action = args.value("action")) {
        filter.action = parseEnum<AuditAction>(*action);
        if (!filter.action)
            return usageError("--action takes " + allowedValues<AuditAction>() + ", not '" + *action + "'");
    }
    if (auto record = args.value("record")) {
        filter.recordId = positiveNumber(*record);
        if (!filter.recordId)
            return usageError("--record takes a positive number, not '" + *record + "'");
    }
    for (const auto& [option, bound] : {std::pair{"since", &filter.from}, std::pair{"until", &filter.to}}) {
        if (auto text = args.value(option)) {
            const auto date = Date::parse(*text);
            if (!date)
                return usageError("--" + std::string(option) + " takes a date (YYYY-MM-DD), not '" + *text + "'");
            *bound = std::string(option) == "until" ? date->addDays(1).toString() : date->toString();
        }
    }
    if (auto limit = args.value("limit")) {
        const auto n = positiveNumber(*limit);
        if (!n || *n > 10000)
            return usageError("--limit takes a number from 1 to 10000, not '" + *limit + "'");
        filter.limit = static_cast<int>(*n);
    }
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    services::AuditTrail trail(*session->workspace, m_clock, *session->actor);
    if (purge) {
        auto removed = trail.purge();
        if (!removed)
            return fail(removed.error());
        m_out << "Purged " << *removed << " audit entries over 12 months old.\n";
        return ExitOk;
    }
    auto entries = trail.list(filter);
    if (!entries)
        return fail(entries.error());
    for (const AuditEntry& e : *entries)
        m_out << e.at.toString() << '\t' << (e.actorLogin.empty() ? "-" : e.actorLogin) << '\t' << toString(e.action)
              << '\t' << (e.recordKind.empty() ? "-" : e.recordKind)
              << (e.recordId ? " " + std::to_string(*e.recordId) : std::string()) << '\t' << e.detail << '\n';
    return ExitOk;
}

int CliApp::eraseCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("erase takes no argument; name the person with --beneficiary ID");
    const auto text = args.value("beneficiary");
    if (!text)
        return usageError("erase needs --beneficiary ID");
    const auto id = positiveNumber(*text);
    if (!id)
        return usageError("--beneficiary takes a positive number, not '" + *text + "'");
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    const auto erased = services::DataRights(*session->workspace, m_clock, *session->actor).erase(*id);
    if (!erased)
        return fail(erased.error());
    m_out << "Beneficiary " << *id << " erased.";
    if (!*erased)
        m_out << " Another program is reading the file: the log that may still hold their data will be cleaned"
                 " when Trame is closed everywhere.";
    m_out << "\n";
    return ExitOk;
}

int CliApp::retentionCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 1)
        return usageError("retention takes no argument");
    if (args.has("dry-run") == args.has("apply"))
        return usageError("retention takes --dry-run (list) or --apply (anonymise)");
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    services::DataRights rights(*session->workspace, m_clock, *session->actor);
    if (args.has("apply")) {
        auto count = rights.applyRetention();
        if (!count)
            return fail(count.error());
        m_out << "Anonymised " << *count << " people with no contact for " << services::retention::kMonthsWithoutContact
              << " months.\n";
        return ExitOk;
    }
    auto due = rights.retentionCandidates();
    if (!due)
        return fail(due.error());
    for (const RetentionCandidate& person : *due)
        m_out << person.id << '\t' << person.lastContact.toString() << '\t' << person.status << '\t'
              << person.counsellor << '\n';
    m_out << due->size() << " people with no contact for " << services::retention::kMonthsWithoutContact
          << " months would be anonymised (dry run: nothing changed).\n";
    return ExitOk;
}

} // namespace trame::cli
