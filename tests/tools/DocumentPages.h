#pragma once

#include <QString>

namespace trame::services {
class Actor;
class Clock;
class Workspace;
} // namespace trame::services

// The documents of the user guide: the tour's letterhead set by the administrator, then each
// document about the tour's people written as the application writes it, and its first page
// rendered to PNG by poppler's pdftoppm (document-plan.png, …) beside the screenshots.
bool documentPages(trame::services::Workspace& workspace, const trame::services::Clock& clock,
                   const trame::services::Actor& admin, const trame::services::Actor& counsellor,
                   const QString& folder);
