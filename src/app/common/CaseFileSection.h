#pragma once

// The pages of a case file, in the order of its tabs: what another place (the agenda, its
// "À faire" list) names when it opens a case file where the work is.
enum class CaseFileSection { Situation, Attitude, Methods, Plan, Indicators, FollowUp, Profile, Period };
