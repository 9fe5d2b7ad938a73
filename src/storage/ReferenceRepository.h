#pragma once

#include <map>
#include <set>
#include <string>

#include "domain/Reference.h"
#include "domain/Result.h"

#include <vector>

namespace trame::storage {

class Database;

// The guide's content (reference cases, catalogue, templates), stored as JSON documents since it
// is only ever read whole and replaced whole by a newer seed.
class ReferenceRepository {
public:
    explicit ReferenceRepository(const Database& db) : m_db(db) {}

    // Replaces every reference case and catalogue entry, adds templates not yet stored (a stored
    // template never changes: interviews point to it), and records the seed version.
    Status replace(const ReferenceContent& content);
    Result<ReferenceContent> load() const;
    // 0 when the file was never seeded.
    Result<int> seedVersion() const;
    Result<std::vector<InterviewTemplate>> templates() const;
    // The catalogue keys that beneficiaries' case files use: techniques, tools and partners.
    Result<std::map<CatalogueKind, std::set<std::string>>> keysInUse() const;

private:
    const Database& m_db;
};

} // namespace trame::storage
