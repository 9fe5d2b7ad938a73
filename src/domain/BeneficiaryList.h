#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/PeriodRules.h"

#include <cstdint>
#include <optional>
#include <string>

namespace trame {

// What the beneficiary list asks for and what each of its rows shows: plain values that every
// layer passes along, whichever back end answers the query.
// One row of the list.
struct BeneficiarySummary {
    std::int64_t id = 0;
    Civility civility = Civility::Unspecified;
    std::string firstName;
    std::string lastName;
    BeneficiaryStatus status = BeneficiaryStatus::Active;
    std::string counsellor;
    std::optional<Date> nextAppointment; // rules::listedNextAppointment: planned, or agreed at the last interview
    bool overdue = false;                // as of the query's `today`
    rules::PeriodAlerts alerts;          // of the current period, as of the query's `today`
};

// The orders the list can be sorted in, each with the person's name as its tie-break. An empty
// date of next appointment comes last, whichever the direction.
enum class ListOrder { ByName, ByStatus, ByCounsellor, ByNextAppointment };

struct BeneficiaryQuery {
    std::string search; // words typed; prefixes, accents ignored; results
                        // then come in the index's order, not by name
    std::optional<BeneficiaryStatus> status;
    bool openOnly = false;                    // follow-ups under way (active or paused): what a counsellor's list shows
    std::optional<ObstacleCategory> obstacle; // has an obstacle of this category, not lifted
    std::optional<std::string> counsellor;    // assigned to this login
    bool overdueOnly = false;
    std::optional<ListOrder> order; // none: by name, or in the search index's order when searching
    bool descending = false;
    Date today; // for "overdue"
    int offset = 0;
    int limit = 50;
};

} // namespace trame
