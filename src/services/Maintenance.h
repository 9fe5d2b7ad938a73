#pragma once

#include "domain/FileReport.h"
#include "domain/Letterhead.h"
#include "domain/Reference.h"
#include "domain/Result.h"

#include <string>

namespace trame::services {

// Inspects the file at `path` without changing it: integrity, schema version, counts.
// A damaged file or one that is not SQLite comes back as a Corrupt error.
Result<FileReport> checkFile(const std::string& path);

// The guide's reference content of the file at `path`, read without writing anything (the file
// may sit in a read-only folder): what `export --references` writes. It holds no personal data.
Result<ReferenceContent> readGuideContent(const std::string& path);
// The structure's letterhead of that file, read the same way: what heads a guide's case printed
// without an account.
Result<Letterhead> readLetterhead(const std::string& path);

class Actor;
class Clock;
class Workspace;
// An administrator's: a consistent copy of the open file at `destination` (SQLite's online backup), even while other
// programs write to it. An existing destination is refused; a failure leaves no partial file.
Status backup(Workspace& workspace, const Clock& clock, const Actor& actor, const std::string& destination);

} // namespace trame::services
