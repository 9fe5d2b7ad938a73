#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// How funders count an exit. IAE: "sorties dynamiques" are durable + transition + positive.
enum class IaeExitCategory { DurableJob, TransitionJob, PositiveExit, Other };
// FSE+ result on leaving (within four weeks of the exit), mutually exclusive.
enum class FseSituation { Employed, JobSeeking, InTraining, Inactive };

TRAME_ENUM_NAMES(IaeExitCategory, {IaeExitCategory::DurableJob, "emploi_durable"},
                 {IaeExitCategory::TransitionJob, "emploi_transition"},
                 {IaeExitCategory::PositiveExit, "sortie_positive"}, {IaeExitCategory::Other, "autre_sortie"})
TRAME_ENUM_NAMES(FseSituation, {FseSituation::Employed, "en_emploi"}, {FseSituation::JobSeeking, "en_recherche"},
                 {FseSituation::InTraining, "en_formation"}, {FseSituation::Inactive, "inactif"})

// A programme (dispositif) a person is oriented to: RSA, PLIE, IAE... kept by the administrator.
struct Programme {
    std::string code;
    std::string label;
    std::optional<int> maxMonths; // PLIE: 36; none when the programme sets no limit
    std::string source;           // where the code comes from, for a seeded one
    bool active = true;           // a retired programme stays on the periods that used it

    friend bool operator==(const Programme&, const Programme&) = default;
};

// Why a period ended, with the categories each funder counts it in.
struct ExitReason {
    std::string code;
    std::string label;
    IaeExitCategory iae = IaeExitCategory::Other;
    bool pliePositive = false; // 6 months of work at least half-time, or a qualifying training
    FseSituation fse = FseSituation::JobSeeking;
    std::string source;
    bool active = true;

    friend bool operator==(const ExitReason&, const ExitReason&) = default;
};

// What funders ask about the person on entry; every field optional (empty = not recorded).
struct EntrySituation {
    std::string employment;                    // carnet de bord work situation code
    std::string timeWithoutWork;               // kTimeWithoutWork codes
    std::string educationLevel;                // ASP level: infra_3, 3 ... 8
    std::vector<std::string> resources;        // RSA, ARE, ASS, AAH... on entry
    std::vector<std::string> participantFlags; // the FSE+ flags the structure chose to record

    friend bool operator==(const EntrySituation&, const EntrySituation&) = default;
};

// A suspension: the follow-up stops for a while (health, a training elsewhere...).
struct Pause {
    Date from;
    std::optional<Date> expectedEnd;
    std::optional<Date> until; // none while the pause lasts
    std::string reason;

    friend bool operator==(const Pause&, const Pause&) = default;
};

struct PeriodExit {
    Date date;
    std::string reason;     // an ExitReason code
    FseSituation situation; // the person's situation on leaving
    friend bool operator==(const PeriodExit&, const PeriodExit&) = default;
};

// The bilan de fin d'accompagnement: what the case file says at the close, kept as it was.
struct Bilan {
    struct ObstacleOutcome {
        std::string description;
        ObstacleCategory category = ObstacleCategory::Other;
        bool lifted = false;
        friend bool operator==(const ObstacleOutcome&, const ObstacleOutcome&) = default;
    };
    struct IndicatorOutcome {
        std::string label;
        std::string target;
        std::string evaluation;
        friend bool operator==(const IndicatorOutcome&, const IndicatorOutcome&) = default;
    };
    struct StepOutcome {
        std::string title;
        StepStatus status = StepStatus::Planned;
        friend bool operator==(const StepOutcome&, const StepOutcome&) = default;
    };
    std::vector<ObstacleOutcome> obstacles;
    std::vector<IndicatorOutcome> indicators;
    std::vector<StepOutcome> steps;
    std::string text; // the counsellor's own words; required to close

    friend bool operator==(const Bilan&, const Bilan&) = default;
};

// One période d'accompagnement, from the orientation to the exit. Periods run from the entry day
// up to, not including, the exit day: a period reopened on the day another closed does not overlap.
struct SupportPeriod {
    std::int64_t id = 0; // 0 until stored
    std::int64_t beneficiaryId = 0;
    Date entryDate;
    std::string programme; // a Programme code
    std::string prescriberOrganisation;
    std::string prescriberName;
    std::string referent; // login of the counsellor in charge
    EntrySituation entry;
    std::vector<Pause> pauses; // oldest first
    std::optional<PeriodExit> exit;
    std::optional<Bilan> bilan; // set with the exit
    std::int64_t version = 0;   // row version; 0 until stored

    bool isOpen() const { return !exit.has_value(); }
    // The pause under way, if any.
    const Pause* openPause() const;
    friend bool operator==(const SupportPeriod&, const SupportPeriod&) = default;
};

} // namespace trame
