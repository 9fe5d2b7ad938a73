#include "domain/Access.h"
#include "domain/RuleText.h"

#include <string>

namespace trame {

namespace {

// A counsellor works on the case files assigned to them; a supervisor reads and reviews them
// all but writes none; a trainee learns from the guide; an administrator runs the workstation
// (accounts, backups, the people's data rights) without browsing case files.
bool counsellorMay(Action action, Scope scope)
{
    switch (action) {
    case Action::ReadReferences:
    case Action::ListCaseFiles:  // the list shows only their own people
    case Action::ExportList:     // their own people only, as the list
    case Action::CreateCaseFile: // assigned to themselves
        return true;
    case Action::ReadCaseFile:
    case Action::EditCaseFile:
    case Action::SubmitForReview:
    case Action::ExportPerson:
    case Action::EditProfile:
    case Action::PauseFollowUp:
    case Action::CloseFollowUp:
    case Action::ReopenFollowUp:
    case Action::CorrectFollowUp: return scope == Scope::Own;
    default: return false;
    }
}

bool supervisorMay(Action action, Scope)
{
    switch (action) {
    case Action::ReadReferences:
    case Action::ListCaseFiles:
    case Action::ExportList:
    case Action::ReadCaseFile:
    case Action::ReviewCaseFile:
    case Action::Reassign:
    case Action::ReadAudit: return true;
    default: return false;
    }
}

bool administratorMay(Action action, Scope)
{
    switch (action) {
    case Action::ReadReferences:
    case Action::ExportPerson:
    case Action::ExportAll:
    case Action::Import:
    case Action::ErasePerson:
    case Action::ApplyRetention:
    case Action::ManageAccounts:
    case Action::BackUp:
    case Action::ReadAudit:
    case Action::PurgeAudit:
    case Action::KeepReferentials: return true;
    default: return false;
    }
}

} // namespace

bool permits(Role role, Action action, Scope scope)
{
    switch (role) {
    case Role::Counsellor: return counsellorMay(action, scope);
    case Role::Supervisor: return supervisorMay(action, scope);
    case Role::Administrator: return administratorMay(action, scope);
    case Role::Trainee: return action == Action::ReadReferences;
    }
    return false;
}

bool allowedWhile(Action action, BeneficiaryStatus status)
{
    if (status != BeneficiaryStatus::Closed)
        return action != Action::ReopenFollowUp;
    switch (action) {
    case Action::EditCaseFile:
    case Action::EditProfile:
    case Action::SubmitForReview:
    case Action::PauseFollowUp:
    case Action::CloseFollowUp: return false;
    default: return true;
    }
}

Status requireAllowedWhile(Action action, BeneficiaryStatus status)
{
    if (allowedWhile(action, status))
        return Ok{};
    if (action == Action::ReopenFollowUp)
        return ruleError("period", {rules::kStillOpen, {}});
    return ruleError("period", {rules::kClosedReadOnly, {}});
}

Status require(Role role, Action action, Scope scope)
{
    if (permits(role, action, scope))
        return Ok{};
    std::string message = "a " + std::string(toString(role)) + " may not " + std::string(toString(action));
    if (scope == Scope::Other)
        message += " on another counsellor's case file";
    return makeError(ErrorKind::Denied, {}, message);
}

} // namespace trame
