#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace trame {

enum class Civility { Mme, M, Unspecified };
enum class BeneficiaryStatus { Active, Paused, Closed };
// The fixed obstacle taxonomy; labels and the codes of other referentials are in the catalogue.
enum class ObstacleCategory {
    TrainingChoice,
    Financing,
    Orientation,
    Language,
    SkillsRecognition,
    Mobility,
    Motivation,
    BasicSkills,
    Administrative,
    Health,
    Housing,
    Digital,
    FamilyConstraints,
    Confidence,
    Other
};
enum class ObstacleStatus { Identified, BeingAddressed, Lifted };
// Carnet de bord's action statuses: abandoned is the person's choice, cancelled the structure's.
enum class StepStatus { Planned, InProgress, Standby, Done, Abandoned, Cancelled };
enum class ReferralStatus { Proposed, Contacted, InProgress, Done, Declined };
enum class ReviewState { Draft, Submitted, ChangesRequested, Validated };
enum class ItemStatus { NotStarted, InProgress, Done, NotApplicable };
enum class IntervalUnit { Day, Week, Month };
enum class RhythmKind { Recurring, OnceAfter };
enum class CatalogueKind { Tool, Partner, Technique, ObstacleCategory };
// Who uses Trame; spelt in French on the command line and in the file, as users say them.
enum class Role { Administrator, Supervisor, Counsellor, Trainee };
// The screens of the guide's frame, as review comments name them.
enum class CaseSection { Situation, Attitude, Methods, Plan, Indicators, FollowUp };

// The spelling of each enumerator in files and in the database. Other domain headers declare
// theirs with the same macro.
template <typename E> struct EnumNames;

#define TRAME_ENUM_NAMES(Type, ...)                                                                                    \
    template <> struct EnumNames<Type> {                                                                               \
        static constexpr auto values = std::to_array<std::pair<Type, std::string_view>>({__VA_ARGS__});                \
    };

TRAME_ENUM_NAMES(Civility, {Civility::Mme, "mme"}, {Civility::M, "m"}, {Civility::Unspecified, "unspecified"})
TRAME_ENUM_NAMES(BeneficiaryStatus, {BeneficiaryStatus::Active, "active"}, {BeneficiaryStatus::Paused, "paused"},
                 {BeneficiaryStatus::Closed, "closed"})
TRAME_ENUM_NAMES(ObstacleCategory, {ObstacleCategory::TrainingChoice, "training_choice"},
                 {ObstacleCategory::Financing, "financing"}, {ObstacleCategory::Orientation, "orientation"},
                 {ObstacleCategory::Language, "language"}, {ObstacleCategory::SkillsRecognition, "skills_recognition"},
                 {ObstacleCategory::Mobility, "mobility"}, {ObstacleCategory::Motivation, "motivation"},
                 {ObstacleCategory::BasicSkills, "basic_skills"}, {ObstacleCategory::Administrative, "administrative"},
                 {ObstacleCategory::Health, "health"}, {ObstacleCategory::Housing, "housing"},
                 {ObstacleCategory::Digital, "digital"}, {ObstacleCategory::FamilyConstraints, "family_constraints"},
                 {ObstacleCategory::Confidence, "confidence"}, {ObstacleCategory::Other, "other"})
TRAME_ENUM_NAMES(ObstacleStatus, {ObstacleStatus::Identified, "identified"},
                 {ObstacleStatus::BeingAddressed, "being_addressed"}, {ObstacleStatus::Lifted, "lifted"})
TRAME_ENUM_NAMES(StepStatus, {StepStatus::Planned, "planned"}, {StepStatus::InProgress, "in_progress"},
                 {StepStatus::Standby, "standby"}, {StepStatus::Done, "done"}, {StepStatus::Abandoned, "abandoned"},
                 {StepStatus::Cancelled, "cancelled"})
TRAME_ENUM_NAMES(ReferralStatus, {ReferralStatus::Proposed, "proposed"}, {ReferralStatus::Contacted, "contacted"},
                 {ReferralStatus::InProgress, "in_progress"}, {ReferralStatus::Done, "done"},
                 {ReferralStatus::Declined, "declined"})
TRAME_ENUM_NAMES(ReviewState, {ReviewState::Draft, "draft"}, {ReviewState::Submitted, "submitted"},
                 {ReviewState::ChangesRequested, "changes_requested"}, {ReviewState::Validated, "validated"})
TRAME_ENUM_NAMES(ItemStatus, {ItemStatus::NotStarted, "not_started"}, {ItemStatus::InProgress, "in_progress"},
                 {ItemStatus::Done, "done"}, {ItemStatus::NotApplicable, "not_applicable"})
TRAME_ENUM_NAMES(IntervalUnit, {IntervalUnit::Day, "day"}, {IntervalUnit::Week, "week"}, {IntervalUnit::Month, "month"})
TRAME_ENUM_NAMES(RhythmKind, {RhythmKind::Recurring, "recurring"}, {RhythmKind::OnceAfter, "once_after"})
TRAME_ENUM_NAMES(CatalogueKind, {CatalogueKind::Tool, "tool"}, {CatalogueKind::Partner, "partner"},
                 {CatalogueKind::Technique, "technique"}, {CatalogueKind::ObstacleCategory, "obstacle_category"})
TRAME_ENUM_NAMES(Role, {Role::Administrator, "administrateur"}, {Role::Supervisor, "superviseur"},
                 {Role::Counsellor, "conseiller"}, {Role::Trainee, "stagiaire"})
TRAME_ENUM_NAMES(CaseSection, {CaseSection::Situation, "situation"}, {CaseSection::Attitude, "attitude"},
                 {CaseSection::Methods, "methods"}, {CaseSection::Plan, "plan"},
                 {CaseSection::Indicators, "indicators"}, {CaseSection::FollowUp, "follow_up"})

template <typename E> std::string_view toString(E value)
{
    for (const auto& [enumerator, name] : EnumNames<E>::values)
        if (enumerator == value)
            return name;
    return "?";
}

template <typename E> std::optional<E> parseEnum(std::string_view text)
{
    for (const auto& [enumerator, name] : EnumNames<E>::values)
        if (name == text)
            return enumerator;
    return std::nullopt;
}

// "a, b or c": for error messages that say what was expected.
template <typename E> std::string allowedValues()
{
    std::string list;
    const auto& values = EnumNames<E>::values;
    for (size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            list += i + 1 == values.size() ? " or " : ", ";
        list += values[i].second;
    }
    return list;
}

template <typename E> constexpr auto allEnumerators()
{
    std::array<E, EnumNames<E>::values.size()> all{};
    for (size_t i = 0; i < all.size(); ++i)
        all[i] = EnumNames<E>::values[i].first;
    return all;
}

} // namespace trame
