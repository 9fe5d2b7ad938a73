#include "storage/TableCopy.h"

#include "storage/Database.h"
#include "storage/StorageError.h"

namespace trame::storage {

namespace {

bool isReference(const std::string& table)
{
    // Seeded on the server too: the file's rows replace the seeded ones.
    return table == "reference_cases" || table == "catalogue_entries" || table == "templates" ||
           table == "programmes" || table == "exit_reasons";
}

// The table's columns as `db` stores them, in their order; a server's own rowid column (the order
// interview entries were written in, which it numbers itself) is left out.
std::vector<std::string> columnsOf(const Database& db, const std::string& table)
{
    Statement s = db.prepare(db.sql("SELECT name FROM pragma_table_info(?1) ORDER BY cid",
                                    "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "'public' AND table_name = ?1 AND is_identity = 'NO' ORDER BY ordinal_position"));
    s.bind(1, table);
    std::vector<std::string> columns;
    while (s.step())
        columns.push_back(s.text(0));
    return columns;
}

std::string joined(const std::vector<std::string>& columns)
{
    std::string out;
    for (const auto& c : columns)
        out += (out.empty() ? "" : ", ") + c;
    return out;
}

// Table and column names come from copiedTables() and the catalogues, never from input.
std::string selectAll(const std::string& table, const std::vector<std::string>& columns, const char* order)
{
    std::string sql = "SELECT " + joined(columns) + " FROM " + table;
    if (table == "meta")
        sql += " WHERE key <> 'schema_version'";
    return sql + " ORDER BY " + order;
}

} // namespace

const std::vector<std::string>& copiedTables()
{
    static const std::vector<std::string> tables = {"meta",
                                                    "accounts",
                                                    "beneficiaries",
                                                    "case_files",
                                                    "obstacles",
                                                    "posture_items",
                                                    "tool_uses",
                                                    "referrals",
                                                    "plan_steps",
                                                    "indicators",
                                                    "templates",
                                                    "interviews",
                                                    "interview_entries",
                                                    "reference_cases",
                                                    "catalogue_entries",
                                                    "reviews",
                                                    "review_comments",
                                                    "anonymous_records",
                                                    "programmes",
                                                    "exit_reasons",
                                                    "support_periods",
                                                    "period_pauses",
                                                    "appointments",
                                                    "audit_log"};
    return tables;
}

Result<bool> holdsData(const Database& target)
{
    return guarded([&]() -> Result<bool> {
        Statement s = target.prepare("SELECT (SELECT count(*) FROM beneficiaries) + (SELECT count(*) FROM accounts)"
                                     " + (SELECT count(*) FROM audit_log) + (SELECT count(*) FROM anonymous_records)");
        s.step();
        return s.integer(0) > 0;
    });
}

Result<std::int64_t> copyTable(const Database& source, const Database& target, const std::string& table)
{
    return guarded([&]() -> Result<std::int64_t> {
        const auto columns = columnsOf(source, table);
        const auto there = columnsOf(target, table);
        for (const auto& column : columns)
            if (std::find(there.begin(), there.end(), column) == there.end())
                return makeError(ErrorKind::Invalid, table,
                                 "the server's table has no column " + column + ": is it at the same schema version?");
        if (isReference(table))
            target.exec("DELETE FROM " + table);
        std::string insert = "INSERT INTO " + table + " (" + joined(columns) + ") VALUES (";
        for (size_t i = 0; i < columns.size(); ++i)
            insert += (i ? ", ?" : "?") + std::to_string(i + 1);
        insert += ")";
        if (table == "meta")
            insert += " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        Statement write = target.prepare(insert);
        // The file's own order (its rowid) is the order rows were written in.
        Statement read = source.prepare(selectAll(table, columns, source.sql("rowid", "1, 2")));
        std::int64_t copied = 0;
        while (read.step()) {
            write.reset();
            for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
                if (read.isNull(c))
                    write.bindNull(c + 1);
                else
                    write.bind(c + 1, read.view(c));
            }
            write.run();
            ++copied;
        }
        return copied;
    });
}

Status visitRows(const Database& db, const std::string& table, const RowVisitor& visit)
{
    return guarded([&]() -> Status {
        const auto columns = columnsOf(db, table);
        // Every table's first two columns are its key, or start with it and never hold NULL.
        Statement read = db.prepare(selectAll(table, columns, "1, 2"));
        std::vector<std::optional<std::string_view>> row(columns.size());
        while (read.step()) {
            for (int c = 0; c < static_cast<int>(columns.size()); ++c)
                row[static_cast<size_t>(c)] =
                    read.isNull(c) ? std::nullopt : std::optional<std::string_view>(read.view(c));
            visit(row);
        }
        return Ok{};
    });
}

} // namespace trame::storage
