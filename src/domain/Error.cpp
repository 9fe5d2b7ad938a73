#include "domain/Error.h"

namespace trame {

std::string Error::describe() const
{
    return path.empty() ? message : path + ": " + message;
}

const char* toString(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Invalid: return "invalid";
    case ErrorKind::NotFound: return "not found";
    case ErrorKind::Conflict: return "conflict";
    case ErrorKind::Busy: return "busy";
    case ErrorKind::Corrupt: return "corrupt";
    case ErrorKind::TooNew: return "too new";
    case ErrorKind::Io: return "i/o";
    case ErrorKind::Denied: return "denied";
    case ErrorKind::Internal: return "internal";
    }
    return "unknown";
}

} // namespace trame
