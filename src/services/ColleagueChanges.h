#pragma once

#include "domain/Result.h"

#include <cstdint>
#include <vector>

namespace trame::services {

class Workspace;

// On a team server, the people whose file a colleague saved meanwhile, so that a list or an open
// file can say so (and the list show it already). On a file, there is never any.
class ColleagueChanges {
public:
    explicit ColleagueChanges(Workspace& workspace);

    // Whether changes can come (a server), and the socket to watch for them (-1 on a file).
    bool available() const { return m_listening; }
    // After a lost connection was made again, the socket is another one.
    int socket() const;
    // The people changed by others since the last call, each once.
    Result<std::vector<std::int64_t>> take();

private:
    Workspace& m_workspace;
    bool m_listening = false;
};

} // namespace trame::services
