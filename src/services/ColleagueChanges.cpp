#include "services/ColleagueChanges.h"

#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/ServerChanges.h"

namespace trame::services {

ColleagueChanges::ColleagueChanges(Workspace& workspace) : m_workspace(workspace)
{
    m_listening = workspace.database().isServer() && storage::listenForChanges(workspace.database());
}

int ColleagueChanges::socket() const
{
    return storage::changeSocket(m_workspace.database());
}

Result<std::vector<std::int64_t>> ColleagueChanges::take()
{
    return storage::takeChanges(m_workspace.database());
}

} // namespace trame::services
