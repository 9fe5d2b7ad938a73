#pragma once

#include "domain/Letterhead.h"
#include "domain/Result.h"

namespace trame::services {

class Actor;
class Clock;
class Workspace;

// The structure's letterhead, kept in the database's settings so that every workstation sharing
// it prints the same. Anyone may read it (it names the structure, no person); only an
// administrator changes it, audited (docs/security.md: manage_accounts).
Result<Letterhead> letterhead(Workspace& workspace);
Status setLetterhead(Workspace& workspace, const Clock& clock, const Actor& admin, const Letterhead& letterhead);

namespace detail {
// The key of the database's settings that holds it.
inline constexpr const char* kLetterheadSetting = "letterhead";
// The setting's text: a JSON object, the logo in base64. An unreadable one reads as no letterhead.
std::string letterheadSetting(const Letterhead& letterhead);
Letterhead parseLetterheadSetting(const std::string& text);
} // namespace detail

} // namespace trame::services
