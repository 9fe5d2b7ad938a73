#include "storage/ServerError.h"

#include "storage/StorageError.h"

#include <libpq-fe.h>

#include <string_view>

namespace trame::storage::detail {

namespace {

ErrorKind kindFor(std::string_view state)
{
    const std::string_view family = state.substr(0, std::min<size_t>(2, state.size()));
    if (family == "23" || family == "22" || state == "P0001")
        return ErrorKind::Invalid; // a constraint, a value out of range, a trigger's refusal
    if (state == "55P03" || state == "40001" || state == "40P01" || state == "57014")
        return ErrorKind::Busy;
    if (state == "42501")
        return ErrorKind::Denied;
    if (family == "08" || family == "53" || family == "57" || family == "58")
        return ErrorKind::Io;
    return ErrorKind::Internal;
}

std::string firstLine(const char* text)
{
    std::string line = text ? text : "";
    if (const auto end = line.find('\n'); end != std::string::npos)
        line.erase(end);
    return line;
}

} // namespace

void throwServerError(pg_conn* conn, const pg_result* result, const std::string& what)
{
    const char* stateText = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = stateText ? stateText : "";
    std::string detail = result ? firstLine(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) : "";
    if (detail.empty())
        detail = firstLine(PQerrorMessage(conn));
    ErrorKind kind = kindFor(state);
    if (PQstatus(conn) == CONNECTION_BAD) {
        kind = ErrorKind::Io;
        detail = "the connection to the server was lost (" + detail + ")";
    } else if (kind == ErrorKind::Busy) {
        detail = "the database is locked by another workstation (" + detail + ")";
    } else if (state == "53100") {
        detail = "the server's disk is full (" + detail + ")";
    } else if (kind == ErrorKind::Denied) {
        detail = "the server refused access (" + detail + ")";
    }
    throw StorageError(Error{kind, {}, what.empty() ? detail : what + ": " + detail});
}

} // namespace trame::storage::detail
