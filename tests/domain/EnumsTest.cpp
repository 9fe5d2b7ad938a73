#include "domain/Enums.h"

#include <catch2/catch.hpp>

#include <set>

using namespace trame;

TEMPLATE_TEST_CASE("Every enumerator has a distinct name that parses back", "[enums]", Civility, BeneficiaryStatus,
                   ObstacleCategory, ObstacleStatus, StepStatus, ReferralStatus, ReviewState, ItemStatus, IntervalUnit,
                   RhythmKind, CatalogueKind)
{
    std::set<std::string_view> names;
    for (TestType value : allEnumerators<TestType>()) {
        const std::string_view name = toString(value);
        CHECK(names.insert(name).second);
        CHECK(parseEnum<TestType>(name) == value);
    }
    CHECK_FALSE(parseEnum<TestType>("no_such_value"));
}

TEST_CASE("The allowed values read as a list for error messages", "[enums]")
{
    CHECK(allowedValues<ObstacleStatus>() == "identified, being_addressed or lifted");
}

TEST_CASE("Step statuses follow the carnet de bord's", "[enums]")
{
    CHECK(allowedValues<StepStatus>() == "planned, in_progress, standby, done, abandoned or cancelled");
}
