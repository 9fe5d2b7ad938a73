#include "storage/ReferenceRepository.h"

#include "domain/Document.h"
#include "storage/Columns.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace trame::storage {

namespace {

template <typename T> T orCorrupt(Result<T> parsed)
{
    if (!parsed)
        throw StorageError(
            Error{ErrorKind::Corrupt, {}, "stored reference content is unreadable: " + parsed.error().describe()});
    return std::move(parsed).value();
}

std::vector<InterviewTemplate> readTemplates(const Database& db)
{
    std::vector<InterviewTemplate> all;
    Statement s = db.prepare("SELECT document FROM templates ORDER BY version");
    while (s.step())
        all.push_back(orCorrupt(parseTemplate(s.text(0), "templates")));
    return all;
}

} // namespace

Status ReferenceRepository::replace(const ReferenceContent& content)
{
    return guarded([&]() -> Status {
        Transaction transaction(m_db);
        m_db.exec("DELETE FROM reference_cases; DELETE FROM catalogue_entries;");
        Statement reference =
            m_db.prepare("INSERT INTO reference_cases (number, seed_version, document) VALUES (?1, ?2, ?3)");
        for (const ReferenceCase& c : content.cases) {
            reference.reset();
            reference.bindAll(c.number, content.seedVersion, serializeReferenceCase(c)).run();
        }
        Statement entry =
            m_db.prepare("INSERT INTO catalogue_entries (kind, key, position, document) VALUES (?1, ?2, ?3, ?4)");
        for (std::size_t i = 0; i < content.catalogue.size(); ++i) {
            const CatalogueEntry& e = content.catalogue[i];
            entry.reset();
            entry.bindAll(columns::enumeration(e.kind), e.key, static_cast<std::int64_t>(i), serializeCatalogueEntry(e))
                .run();
        }
        Statement tmpl =
            m_db.prepare("INSERT INTO templates (version, document) VALUES (?1, ?2) ON CONFLICT DO NOTHING");
        for (const InterviewTemplate& t : content.templates) {
            tmpl.reset();
            tmpl.bindAll(t.version, serializeTemplate(t)).run();
        }
        m_db.prepare("INSERT INTO meta (key, value) VALUES ('seed_version', ?1)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(1, std::to_string(content.seedVersion))
            .run();
        transaction.commit();
        return Ok{};
    });
}

Result<int> ReferenceRepository::seedVersion() const
{
    return guarded([&]() -> Result<int> {
        Statement s = m_db.prepare("SELECT value FROM meta WHERE key = 'seed_version'");
        return s.step() ? std::stoi(s.text(0)) : 0;
    });
}

Result<ReferenceContent> ReferenceRepository::load() const
{
    return guarded([&]() -> Result<ReferenceContent> {
        ReferenceContent content;
        Statement version = m_db.prepare("SELECT value FROM meta WHERE key = 'seed_version'");
        content.seedVersion = version.step() ? std::stoi(version.text(0)) : 0;
        Statement cases = m_db.prepare("SELECT document FROM reference_cases ORDER BY number");
        while (cases.step())
            content.cases.push_back(orCorrupt(parseReferenceCase(cases.text(0), "reference_cases")));
        Statement entries = m_db.prepare("SELECT document FROM catalogue_entries ORDER BY position");
        while (entries.step())
            content.catalogue.push_back(orCorrupt(parseCatalogueEntry(entries.text(0), "catalogue_entries")));
        content.templates = readTemplates(m_db);
        return content;
    });
}

Result<std::vector<InterviewTemplate>> ReferenceRepository::templates() const
{
    return guarded([&]() -> Result<std::vector<InterviewTemplate>> { return readTemplates(m_db); });
}

Result<std::map<CatalogueKind, std::set<std::string>>> ReferenceRepository::keysInUse() const
{
    return guarded([&]() -> Result<std::map<CatalogueKind, std::set<std::string>>> {
        std::map<CatalogueKind, std::set<std::string>> keys;
        const std::pair<CatalogueKind, const char*> queries[] = {
            {CatalogueKind::Technique, "SELECT DISTINCT technique FROM posture_items WHERE technique <> ''"},
            {CatalogueKind::Tool, "SELECT DISTINCT tool FROM tool_uses WHERE tool <> ''"},
            {CatalogueKind::Partner, "SELECT DISTINCT partner FROM referrals WHERE partner <> ''"
                                     " UNION SELECT DISTINCT partner FROM plan_steps WHERE partner <> ''"}};
        for (const auto& [kind, sql] : queries) {
            Statement s = m_db.prepare(sql);
            while (s.step())
                keys[kind].insert(s.text(0));
        }
        return keys;
    });
}

} // namespace trame::storage
