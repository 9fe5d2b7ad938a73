#include "support/DbDump.h"

#include "storage/Database.h"

#include <stdexcept>
#include <vector>

using namespace trame::storage;

std::string dumpDatabase(const std::string& path, const std::set<std::string>& skipTables)
{
    OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = Database::open(path, options);
    if (!db)
        throw std::runtime_error("cannot dump " + path + ": " + db.error().describe());
    std::string dump = "user_version " + std::to_string((*db)->userVersion()) + "\n";
    std::vector<std::string> tables;
    Statement list = (*db)->prepare((*db)->sql("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                               " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'beneficiary_search_%'"
                                               " ORDER BY name",
                                               "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                               " ORDER BY tablename COLLATE \"C\""));
    while (list.step())
        if (!skipTables.count(list.text(0)))
            tables.push_back(list.text(0));
    for (const std::string& table : tables) {
        dump += "== " + table + "\n";
        Statement rows = (*db)->prepare("SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
        while (rows.step()) {
            for (int c = 0; c < rows.columnCount(); ++c)
                dump += (rows.isNull(c) ? std::string("NULL") : rows.text(c)) + "|";
            dump += "\n";
        }
    }
    return dump;
}
