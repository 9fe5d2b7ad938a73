#pragma once

#include "services/Accounts.h"
#include "services/Actor.h"
#include "services/Agenda.h"
#include "services/Appointments.h"
#include "services/AuditTrail.h"
#include "services/CaseFiles.h"
#include "services/DataRights.h"
#include "services/Documents.h"
#include "services/Reviews.h"
#include "services/SupportPeriods.h"

// The services of one signed-in user, made together and dropped together when they sign out
// or another user takes the workstation.
struct UserSession {
    UserSession(trame::services::Workspace& workspace, const trame::services::Clock& clock,
                const trame::services::Actor& user)
        : actor(user), caseFiles(workspace, clock, user), periods(workspace, clock, user),
          appointments(workspace, clock, user), agenda(workspace, clock, user), reviews(workspace, clock, user),
          audit(workspace, clock, user), rights(workspace, clock, user), documents(workspace, clock, user)
    {
    }

    trame::services::Actor actor;
    trame::services::CaseFiles caseFiles;
    trame::services::SupportPeriods periods;
    trame::services::Appointments appointments;
    trame::services::Agenda agenda;
    trame::services::Reviews reviews;
    trame::services::AuditTrail audit;
    trame::services::DataRights rights;
    trame::services::Documents documents;
};
