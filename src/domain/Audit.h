#pragma once

#include "domain/Enums.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>

namespace trame {

// What an audit entry records. Entries name records by id only: no personal data.
enum class AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    Lock,
    Unlock,
    View,
    Create,
    Change,
    Delete,
    Export,
    Import,
    Review,
    AccountChange,
    Erase,
    Anonymise,
    Purge,
    Backup,
    Denied
};
TRAME_ENUM_NAMES(AuditAction, {AuditAction::SignIn, "sign_in"}, {AuditAction::SignInFailed, "sign_in_failed"},
                 {AuditAction::SignOut, "sign_out"}, {AuditAction::Lock, "lock"}, {AuditAction::Unlock, "unlock"},
                 {AuditAction::View, "view"}, {AuditAction::Create, "create"}, {AuditAction::Change, "change"},
                 {AuditAction::Delete, "delete"}, {AuditAction::Export, "export"}, {AuditAction::Import, "import"},
                 {AuditAction::Review, "review"}, {AuditAction::AccountChange, "account_change"},
                 {AuditAction::Erase, "erase"}, {AuditAction::Anonymise, "anonymise"}, {AuditAction::Purge, "purge"},
                 {AuditAction::Backup, "backup"}, {AuditAction::Denied, "denied"})

struct AuditEntry {
    std::int64_t id = 0;
    Timestamp at;
    std::optional<std::int64_t> actor; // account id; none for a failed sign-in with an unknown login
    std::string actorLogin;            // filled when read, from the account
    AuditAction action = AuditAction::View;
    std::string recordKind; // "beneficiary", "case_file", "interview", "account", "file"...
    std::optional<std::int64_t> recordId;
    std::string detail; // a code such as "section=plan" or "reason=bad_password"
    std::string chain;  // hash of the previous entry's chain and this entry; "" before schema 7
};

struct AuditFilter {
    std::optional<std::int64_t> actor;
    std::string actorLogin; // empty: any
    std::optional<AuditAction> action;
    std::string recordKind; // empty: any
    std::optional<std::int64_t> recordId;
    std::string from; // inclusive lower bound on `at` (a date or a timestamp)
    std::string to;   // exclusive upper bound
    int offset = 0;
    int limit = 200;
};

} // namespace trame
