#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"

namespace trame {

// What a user may ask of Trame. docs/security.md has the matrix role × action × scope, and a
// test checks every cell of it against the services.
enum class Action {
    ReadReferences, // the guide's six cases, catalogue and template
    ListCaseFiles,  // the beneficiary list and its search
    ReadCaseFile,   // open a case file, its interviews and its review comments
    CreateCaseFile, // a new beneficiary
    EditCaseFile,   // the person, the case file's sections, interviews
    SubmitForReview,
    ReviewCaseFile, // comment, request changes, validate
    Reassign,       // give the case file to another counsellor
    ExportPerson,   // everything held on one person (rights of access and portability)
    ExportAll,      // the whole file as JSON
    Import,
    ErasePerson,    // right to erasure
    ApplyRetention, // list and anonymise people with no contact for 24 months
    ManageAccounts, // add, disable, reset passwords, the lock delay
    BackUp,
    ReadAudit,
    PurgeAudit,       // entries older than 12 months
    EditProfile,      // the person's identity, contact, resources, consent
    PauseFollowUp,    // suspend the support period, and resume it
    CloseFollowUp,    // the exit, its reason and the bilan
    ReopenFollowUp,   // a new support period after a closed one
    CorrectFollowUp,  // the dates and reason of a recorded pause, the exit and its bilan
    KeepReferentials, // the programmes and exit reasons offered
    ExportList,       // the beneficiary list, as filtered, to a spreadsheet file (CSV)
};

// Whose case file the action is on: the acting counsellor's own, or someone else's. Actions
// that are not about one case file use Scope::Any.
enum class Scope { Own, Other, Any };

TRAME_ENUM_NAMES(Action, {Action::ReadReferences, "read_references"}, {Action::ListCaseFiles, "list_case_files"},
                 {Action::ReadCaseFile, "read_case_file"}, {Action::CreateCaseFile, "create_case_file"},
                 {Action::EditCaseFile, "edit_case_file"}, {Action::SubmitForReview, "submit_for_review"},
                 {Action::ReviewCaseFile, "review_case_file"}, {Action::Reassign, "reassign"},
                 {Action::ExportPerson, "export_person"}, {Action::ExportAll, "export_all"}, {Action::Import, "import"},
                 {Action::ErasePerson, "erase_person"}, {Action::ApplyRetention, "apply_retention"},
                 {Action::ManageAccounts, "manage_accounts"}, {Action::BackUp, "back_up"},
                 {Action::ReadAudit, "read_audit"}, {Action::PurgeAudit, "purge_audit"},
                 {Action::EditProfile, "edit_profile"}, {Action::PauseFollowUp, "pause_follow_up"},
                 {Action::CloseFollowUp, "close_follow_up"}, {Action::ReopenFollowUp, "reopen_follow_up"},
                 {Action::CorrectFollowUp, "correct_follow_up"}, {Action::KeepReferentials, "keep_referentials"},
                 {Action::ExportList, "export_list"})
TRAME_ENUM_NAMES(Scope, {Scope::Own, "own"}, {Scope::Other, "other"}, {Scope::Any, "any"})

// The rule of the program: may someone with `role` do `action` on a case file of `scope`?
bool permits(Role role, Action action, Scope scope);

// A closed follow-up is kept as it ended: only reading it, correcting what its period recorded and
// reopening it remain. Says whether
// `action` may still be done on a case file whose person is in `status`.
bool allowedWhile(Action action, BeneficiaryStatus status);
// The same, as an Invalid error that says to reopen first.
Status requireAllowedWhile(Action action, BeneficiaryStatus status);

// The same, as a Denied error that says who may not do what.
Status require(Role role, Action action, Scope scope);

} // namespace trame
