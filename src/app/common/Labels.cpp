#include "common/Labels.h"

#include "domain/AppointmentRules.h"

#include "common/Conversions.h"

#include <QLocale>

using namespace trame;

QString formatDate(const std::optional<Date>& date)
{
    if (!date)
        return {};
    return QLocale().toString(toQDate(*date), QLocale::ShortFormat);
}

QString Labels::of(Civility value)
{
    switch (value) {
    case Civility::Mme: return tr("Ms");
    case Civility::M: return tr("Mr");
    case Civility::Unspecified: return tr("Not specified");
    }
    return {};
}

QString Labels::of(BeneficiaryStatus value)
{
    switch (value) {
    case BeneficiaryStatus::Active: return tr("Active");
    case BeneficiaryStatus::Paused: return tr("Paused");
    case BeneficiaryStatus::Closed: return tr("Closed");
    }
    return {};
}

QString Labels::of(ObstacleCategory value)
{
    switch (value) {
    case ObstacleCategory::TrainingChoice: return tr("Training choice");
    case ObstacleCategory::Financing: return tr("Financing");
    case ObstacleCategory::Orientation: return tr("Orientation, indecision");
    case ObstacleCategory::Language: return tr("French language");
    case ObstacleCategory::SkillsRecognition: return tr("Recognition of skills");
    case ObstacleCategory::Mobility: return tr("Mobility");
    case ObstacleCategory::Motivation: return tr("Motivation");
    case ObstacleCategory::BasicSkills: return tr("Basic skills");
    case ObstacleCategory::Administrative: return tr("Administrative steps");
    case ObstacleCategory::Health: return tr("Health");
    case ObstacleCategory::Housing: return tr("Housing");
    case ObstacleCategory::Digital: return tr("Digital skills");
    case ObstacleCategory::FamilyConstraints: return tr("Family constraints");
    case ObstacleCategory::Confidence: return tr("Self-confidence");
    case ObstacleCategory::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(ObstacleStatus value)
{
    switch (value) {
    case ObstacleStatus::Identified: return tr("Identified");
    case ObstacleStatus::BeingAddressed: return tr("Being addressed");
    case ObstacleStatus::Lifted: return tr("Lifted");
    }
    return {};
}

QString Labels::of(StepStatus value)
{
    switch (value) {
    case StepStatus::Planned: return tr("Planned");
    case StepStatus::InProgress: return tr("In progress");
    case StepStatus::Standby: return tr("On hold");
    case StepStatus::Done: return tr("Done", "a plan step (une étape: feminine)");
    case StepStatus::Abandoned: return tr("Abandoned by the person");
    case StepStatus::Cancelled: return tr("Cancelled by the structure");
    }
    return {};
}

QString Labels::of(ReferralStatus value)
{
    switch (value) {
    case ReferralStatus::Proposed: return tr("Proposed");
    case ReferralStatus::Contacted: return tr("Contacted");
    case ReferralStatus::InProgress: return tr("In progress");
    case ReferralStatus::Done: return tr("Done", "a referral (une orientation: feminine)");
    case ReferralStatus::Declined: return tr("Declined");
    }
    return {};
}

QString Labels::of(ReviewState value)
{
    switch (value) {
    case ReviewState::Draft: return tr("Draft");
    case ReviewState::Submitted: return tr("Submitted for review");
    case ReviewState::ChangesRequested: return tr("Changes requested");
    case ReviewState::Validated: return tr("Validated");
    }
    return {};
}

QString Labels::of(ItemStatus value)
{
    switch (value) {
    case ItemStatus::NotStarted: return tr("Not started");
    case ItemStatus::InProgress: return tr("In progress");
    case ItemStatus::Done: return tr("Done", "an Annexe 1 item (un point: masculine)");
    case ItemStatus::NotApplicable: return tr("Not applicable");
    }
    return {};
}

QString Labels::of(IntervalUnit value, int count)
{
    switch (value) {
    case IntervalUnit::Day: return tr("%n day(s)", nullptr, count);
    case IntervalUnit::Week: return tr("%n week(s)", nullptr, count);
    case IntervalUnit::Month: return tr("%n month(s)", nullptr, count);
    }
    return {};
}

QString Labels::of(FseSituation value)
{
    switch (value) {
    case FseSituation::Employed: return tr("In employment");
    case FseSituation::JobSeeking: return tr("Looking for work");
    case FseSituation::InTraining: return tr("In training");
    case FseSituation::Inactive: return tr("Inactive");
    }
    return {};
}

QString Labels::of(AppointmentKind value)
{
    switch (value) {
    case AppointmentKind::OnSite: return tr("Individual, on site");
    case AppointmentKind::Phone: return tr("Individual, by phone");
    case AppointmentKind::Video: return tr("Individual, by video");
    case AppointmentKind::Workshop: return tr("Collective workshop");
    case AppointmentKind::PartnerMeeting: return tr("Meeting with a partner");
    }
    return {};
}

QString Labels::of(AppointmentStatus value)
{
    // "appointment": French agrees these with « rendez-vous », masculine.
    switch (value) {
    case AppointmentStatus::Planned: return tr("Planned", "appointment");
    case AppointmentStatus::Honoured: return tr("Attended", "appointment");
    case AppointmentStatus::Excused: return tr("Excused", "appointment");
    case AppointmentStatus::NoShow: return tr("Did not come", "appointment");
    case AppointmentStatus::CancelledByStructure: return tr("Cancelled by the structure", "appointment");
    }
    return {};
}

QString Labels::statusAt(const Appointment& appointment, const LocalTime& now)
{
    if (rules::needsQualifying(appointment, now))
        return tr("To qualify: did the person come?");
    return of(appointment.status);
}

QString Labels::of(DueKind value)
{
    switch (value) {
    case DueKind::AppointmentToQualify: return tr("Appointment to qualify");
    case DueKind::FollowUpOverdue: return tr("Follow-up overdue");
    case DueKind::NoAppointmentPlanned: return tr("No appointment planned");
    case DueKind::StepDue: return tr("Plan step due");
    case DueKind::PeriodToClose: return tr("Follow-up past its programme's length");
    }
    return {};
}

QString Labels::of(IaeExitCategory value)
{
    switch (value) {
    case IaeExitCategory::DurableJob: return tr("Durable job");
    case IaeExitCategory::TransitionJob: return tr("Transition job");
    case IaeExitCategory::PositiveExit: return tr("Other positive exit");
    case IaeExitCategory::Other: return tr("Other exit");
    }
    return {};
}

QString Labels::of(Role value)
{
    switch (value) {
    case Role::Administrator: return tr("Administrator");
    case Role::Supervisor: return tr("Supervisor");
    case Role::Counsellor: return tr("Counsellor");
    case Role::Trainee: return tr("Trainee");
    }
    return {};
}

QString Labels::of(CaseSection value)
{
    switch (value) {
    case CaseSection::Situation: return tr("Situation");
    case CaseSection::Attitude: return tr("Attitude to adopt");
    case CaseSection::Methods: return tr("Methods and tools");
    case CaseSection::Plan: return tr("Action plan");
    case CaseSection::Indicators: return tr("Indicators");
    case CaseSection::FollowUp: return tr("Follow-up");
    }
    return {};
}

QString Labels::of(AuditAction value)
{
    switch (value) {
    case AuditAction::SignIn: return tr("Sign-in");
    case AuditAction::SignInFailed: return tr("Failed sign-in");
    case AuditAction::SignOut: return tr("Sign-out");
    case AuditAction::Lock: return tr("Lock");
    case AuditAction::Unlock: return tr("Unlock");
    case AuditAction::View: return tr("Case file opened");
    case AuditAction::Create: return tr("Creation");
    case AuditAction::Change: return tr("Change");
    case AuditAction::Delete: return tr("Deletion");
    case AuditAction::Export: return tr("Export");
    case AuditAction::Import: return tr("Import");
    case AuditAction::Review: return tr("Review");
    case AuditAction::AccountChange: return tr("Account change");
    case AuditAction::Erase: return tr("Erasure");
    case AuditAction::Anonymise: return tr("Anonymisation");
    case AuditAction::Purge: return tr("Audit purge");
    case AuditAction::Backup: return tr("Backup");
    case AuditAction::Denied: return tr("Refused");
    }
    return {};
}

QString Labels::ofRecordKind(const std::string& kind)
{
    if (kind == "beneficiary")
        return tr("Beneficiary");
    if (kind == "case_file")
        return tr("Case file");
    if (kind == "interview")
        return tr("Interview");
    if (kind == "appointment")
        return tr("Appointment");
    if (kind == "agenda")
        return tr("Agenda");
    if (kind == "account")
        return tr("Account");
    if (kind == "file")
        return tr("Database");
    if (kind == "setting")
        return tr("Setting");
    if (kind == "audit")
        return tr("Audit trail");
    if (kind == "support_period")
        return tr("Support period");
    if (kind == "programme")
        return tr("Programme");
    if (kind == "exit_reason")
        return tr("Exit reason");
    return QString::fromStdString(kind);
}
