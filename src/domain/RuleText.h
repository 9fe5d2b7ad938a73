#pragma once

#include "domain/Error.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

// The words of the rules a person can break from the program's screens, in one place: English
// templates in which {1}, {2}… stand for the values of the case. An error that breaks one carries
// the template and the values (Error::rule, Error::args) beside its English message, so that the
// program words it in the person's language: Qt's lupdate reads TRAME_RULE as a text to translate
// (context "trame::rules", see src/app/CMakeLists.txt), and a test fails while one has no French.
#define TRAME_RULE(text) text

namespace trame::rules {

// Any field.
inline constexpr const char* kRequired = TRAME_RULE("is required");
inline constexpr const char* kTextEmpty = TRAME_RULE("the text is empty");
inline constexpr const char* kNotUtf8 = TRAME_RULE("is not valid UTF-8 text");
inline constexpr const char* kTooLong = TRAME_RULE("is {1} characters long, more than the {2} allowed");
inline constexpr const char* kControlCharacter = TRAME_RULE("contains a control character");
inline constexpr const char* kLineBreak = TRAME_RULE("contains a line break or a control character");
inline constexpr const char* kReversing = TRAME_RULE("contains a character that reverses the direction of the text");
inline constexpr const char* kInvisible = TRAME_RULE("contains an invisible character");
inline constexpr const char* kStackedAccents = TRAME_RULE("stacks more than 4 accents on one letter");
inline constexpr const char* kTooManyEntries = TRAME_RULE("has {1} entries, more than the {2} allowed");
inline constexpr const char* kNotCode = TRAME_RULE("'{1}' is not a code (lowercase letters, digits and _)");

// A person and their case file.
inline constexpr const char* kNotPhone = TRAME_RULE("'{1}' is not a phone number");
inline constexpr const char* kNotEmail = TRAME_RULE("'{1}' is not an e-mail address");
inline constexpr const char* kConsentBeforeBirth = TRAME_RULE("is before the birth date");
inline constexpr const char* kLiftedNotLifted = TRAME_RULE("is set but the obstacle is not lifted");
inline constexpr const char* kLiftedBeforeIdentified = TRAME_RULE("{1} is before identified_on {2}");
inline constexpr const char* kNextBeforeInterview = TRAME_RULE("{1} is before the interview itself");
inline constexpr const char* kIntervalOutside = TRAME_RULE("{1} is outside 1..366");

// Accounts.
inline constexpr const char* kLogin =
    TRAME_RULE("a login has 2 to 32 characters: lowercase letters, digits, '.', '-' or '_', starting with a letter");
inline constexpr const char* kPasswordNotText = TRAME_RULE("the password is not valid text");
inline constexpr const char* kPasswordTooShort = TRAME_RULE("a password has at least {1} characters");
inline constexpr const char* kPasswordIsLogin = TRAME_RULE("the password cannot be the login");
inline constexpr const char* kNameEmpty = TRAME_RULE("the name is empty");
inline constexpr const char* kCurrentPasswordWrong = TRAME_RULE("the current password is wrong");
inline constexpr const char* kOwnAccount = TRAME_RULE("an administrator cannot disable their own account");
inline constexpr const char* kLockMinutes = TRAME_RULE("the window locks after 1 to {1} minutes idle");

// Appointments.
inline constexpr const char* kNotTimeOfDay = TRAME_RULE("is not a time of day");
inline constexpr const char* kDuration = TRAME_RULE("must be between {1} minutes and {2} hours");
inline constexpr const char* kNotBegun = TRAME_RULE("says what happened: the appointment has not begun yet");
inline constexpr const char* kNoLongerPlanned = TRAME_RULE("appointment {1} is no longer planned");
inline constexpr const char* kPassed = TRAME_RULE("appointment {1} has passed");

// Support periods.
inline constexpr const char* kPauseBeforeEntry = TRAME_RULE("starts before the period's entry on {1}");
inline constexpr const char* kEndsBeforePause = TRAME_RULE("ends before the pause starts on {1}");
inline constexpr const char* kBeforePause = TRAME_RULE("is before the pause starts on {1}");
inline constexpr const char* kAfterExit = TRAME_RULE("lies after the period's exit on {1}");
inline constexpr const char* kLaterPauseFollows = TRAME_RULE("is required: a later pause follows");
inline constexpr const char* kOverlapsPause = TRAME_RULE("overlaps the pause before, which ends on {1}");
inline constexpr const char* kRequiredOnceClosed = TRAME_RULE("is required once the period is closed");
inline constexpr const char* kOnlyAtExit = TRAME_RULE("is only written at the exit");
inline constexpr const char* kBeforeEntry = TRAME_RULE("is before the entry on {1}");
inline constexpr const char* kRequiredToClose = TRAME_RULE("is required to close a period");
inline constexpr const char* kUnknownReason = TRAME_RULE("'{1}' is not a known exit reason");
inline constexpr const char* kSayHowItEnded = TRAME_RULE("is required to close a period: say how the follow-up ended");
inline constexpr const char* kMaxMonths = TRAME_RULE("must be between 1 and 120 months");
inline constexpr const char* kAlreadyListed = TRAME_RULE("'{1}' is already in the list: change that entry instead");
inline constexpr const char* kNotListed = TRAME_RULE("'{1}' is not in the list: add it first");
inline constexpr const char* kUnknownProgramme = TRAME_RULE("'{1}' is not a known programme");
inline constexpr const char* kStillOpen = TRAME_RULE("the follow-up is still open: only a closed one is reopened");
inline constexpr const char* kClosedReadOnly =
    TRAME_RULE("the follow-up is closed: its case file is read-only until it is reopened");
inline constexpr const char* kBilanAtExit = TRAME_RULE("period {1} is still open: its bilan is written at the exit");

inline constexpr const char* kSecondOpenPeriod =
    TRAME_RULE("a second open period: the one before must be closed first");
inline constexpr const char* kOverlapsPeriod = TRAME_RULE("overlaps the period before, which ends on {1}");
inline constexpr const char* kClosedNotPaused = TRAME_RULE("a closed period cannot be paused");
inline constexpr const char* kAlreadyPaused = TRAME_RULE("the follow-up is already paused since {1}");
inline constexpr const char* kBeforeLastPauseEnd = TRAME_RULE("is before the end of the last pause, {1}");
inline constexpr const char* kNotPaused = TRAME_RULE("the follow-up is not paused");
inline constexpr const char* kBeforePauseStarted = TRAME_RULE("is before the pause started on {1}");
inline constexpr const char* kAlreadyClosed = TRAME_RULE("this period is already closed");
inline constexpr const char* kBeforePauseUnderWay = TRAME_RULE("is before the pause under way, since {1}");
inline constexpr const char* kCurrentStillOpen = TRAME_RULE("the current period is still open");
inline constexpr const char* kBeforeLastExit = TRAME_RULE("is before the last period's exit on {1}");
inline constexpr const char* kNoSuchPause = TRAME_RULE("this period has no pause {1}");
inline constexpr const char* kPauseEnded =
    TRAME_RULE("is required: this pause has ended (a correction does not pause again)");
inline constexpr const char* kUntilByResuming = TRAME_RULE("is set by resuming the follow-up, not by a correction");
inline constexpr const char* kStillOpenNotCorrected =
    TRAME_RULE("this period is still open: it is closed, not corrected");

// The letterhead.
inline constexpr const char* kLogoTooLarge = TRAME_RULE("the logo is larger than {1} KB");
inline constexpr const char* kLogoFormat = TRAME_RULE("the logo is neither a PNG nor an SVG image");

// Every rule above, for the test that each has its French.
inline constexpr std::array kAll = {kRequired,
                                    kTextEmpty,
                                    kNotUtf8,
                                    kTooLong,
                                    kControlCharacter,
                                    kLineBreak,
                                    kReversing,
                                    kInvisible,
                                    kStackedAccents,
                                    kTooManyEntries,
                                    kNotCode,
                                    kNotPhone,
                                    kNotEmail,
                                    kConsentBeforeBirth,
                                    kLiftedNotLifted,
                                    kLiftedBeforeIdentified,
                                    kNextBeforeInterview,
                                    kIntervalOutside,
                                    kLogin,
                                    kPasswordNotText,
                                    kPasswordTooShort,
                                    kPasswordIsLogin,
                                    kNameEmpty,
                                    kCurrentPasswordWrong,
                                    kOwnAccount,
                                    kLockMinutes,
                                    kNotTimeOfDay,
                                    kDuration,
                                    kNotBegun,
                                    kNoLongerPlanned,
                                    kPassed,
                                    kPauseBeforeEntry,
                                    kEndsBeforePause,
                                    kBeforePause,
                                    kAfterExit,
                                    kLaterPauseFollows,
                                    kOverlapsPause,
                                    kRequiredOnceClosed,
                                    kOnlyAtExit,
                                    kBeforeEntry,
                                    kRequiredToClose,
                                    kUnknownReason,
                                    kSayHowItEnded,
                                    kMaxMonths,
                                    kAlreadyListed,
                                    kNotListed,
                                    kUnknownProgramme,
                                    kStillOpen,
                                    kClosedReadOnly,
                                    kBilanAtExit,
                                    kLogoTooLarge,
                                    kLogoFormat,
                                    kSecondOpenPeriod,
                                    kOverlapsPeriod,
                                    kClosedNotPaused,
                                    kAlreadyPaused,
                                    kBeforeLastPauseEnd,
                                    kNotPaused,
                                    kBeforePauseStarted,
                                    kAlreadyClosed,
                                    kBeforePauseUnderWay,
                                    kCurrentStillOpen,
                                    kBeforeLastExit,
                                    kNoSuchPause,
                                    kPauseEnded,
                                    kUntilByResuming,
                                    kStillOpenNotCorrected};

// A rule broken, with the values of the case.
struct Broken {
    const char* rule;
    std::vector<std::string> args;
    // The English sentence: the rule with its values.
    std::string message() const;
};

// `rule` with {1}, {2}… replaced by `args`.
std::string fill(std::string_view rule, const std::vector<std::string>& args);

} // namespace trame::rules

namespace trame {
// An Invalid error at `path` that breaks `broken`'s rule.
Error ruleError(std::string path, const rules::Broken& broken);
} // namespace trame
