#include "services/ServerMove.h"

#include "services/Actor.h"
#include "services/AuditTrail.h"
#include "services/Workspace.h"
#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/TableCopy.h"
#include "storage/Transaction.h"

#include <sodium.h>

namespace trame::services {

namespace {

// The table's rows and their digest: each value with its length (NULL apart), row after row.
Result<TableMove> digestOf(const storage::Database& db, const std::string& table)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, crypto_generichash_BYTES);
    TableMove move{table, 0, {}};
    const Status read = storage::visitRows(db, table, [&](const std::vector<std::optional<std::string_view>>& row) {
        ++move.rows;
        for (const auto& value : row) {
            const std::string head = value ? std::to_string(value->size()) + ":" : std::string("N");
            crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(head.data()), head.size());
            if (value)
                crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(value->data()), value->size());
        }
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>("\n"), 1);
    });
    if (!read)
        return read.error();
    unsigned char hash[crypto_generichash_BYTES];
    crypto_generichash_final(&state, hash, sizeof hash);
    char hex[2 * crypto_generichash_BYTES + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    move.digest = hex;
    return move;
}

} // namespace

Result<std::vector<TableMove>> moveToServer(Workspace& file, const Actor& admin, Workspace& server, const Clock& clock)
{
    storage::Database& source = file.database();
    storage::Database& target = server.database();
    if (source.isServer() || !target.isServer())
        return makeError(ErrorKind::Invalid, {}, "a move goes from a file to a server");
    if (sodium_init() < 0)
        return makeError(ErrorKind::Internal, {}, "libsodium could not be initialised");
    if (Status allowed = authorize(source, clock, admin, Action::ExportAll, Scope::Any); !allowed)
        return allowed.error();
    auto occupied = storage::holdsData(target);
    if (!occupied)
        return occupied.error();
    if (*occupied)
        return makeError(ErrorKind::Conflict, target.path(),
                         "already holds people, accounts or audit entries: move a file only onto a server just "
                         "prepared by server init");
    if (Status logged = storage::inTransaction(source,
                                               [&] {
                                                   return recordEvent(source, clock, admin.accountId(),
                                                                      {AuditAction::Export, "file", std::nullopt,
                                                                       "moved_to=" + target.path()});
                                               });
        !logged)
        return logged.error();
    return storage::inTransaction(target, [&]() -> Result<std::vector<TableMove>> {
        std::vector<TableMove> moved;
        for (const std::string& table : storage::copiedTables()) {
            if (auto copied = storage::copyTable(source, target, table); !copied)
                return copied.error();
            auto there = digestOf(target, table);
            if (!there)
                return there.error();
            auto here = digestOf(source, table);
            if (!here)
                return here.error();
            if (there->rows != here->rows || there->digest != here->digest)
                return makeError(ErrorKind::Internal, table,
                                 "the server's copy differs from the file (" + std::to_string(there->rows) + " rows, " +
                                     std::to_string(here->rows) + " in the file): nothing was kept on the server");
            moved.push_back(*there);
        }
        if (Status logged = recordEvent(target, clock, admin.accountId(),
                                        {AuditAction::Import, "file", std::nullopt, "moved_from_file"});
            !logged)
            return logged.error();
        return moved;
    });
}

} // namespace trame::services
