#pragma once

#include "domain/Beneficiary.h"
#include "domain/BeneficiaryList.h"
#include "domain/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame::storage {

class Database;

class BeneficiaryRepository {
public:
    explicit BeneficiaryRepository(const Database& db) : m_db(db) {}

    // Keeps `b.id` when it is set (import), else assigns one. A taken id is a Conflict.
    Result<std::int64_t> insert(const Beneficiary& b);
    // Saves over version `b.version` only; a newer stored version is a Conflict.
    Result<std::int64_t> update(const Beneficiary& b);
    Result<Beneficiary> get(std::int64_t id) const;
    Status remove(std::int64_t id);
    // The login the person is assigned to: what access checks look at before anything else.
    Result<std::string> counsellorOf(std::int64_t id) const;
    // Where the person's follow-up stands: a closed one is read-only.
    Result<BeneficiaryStatus> statusOf(std::int64_t id) const;
    // Gives the person to another counsellor; bumps the row version.
    Status setCounsellor(std::int64_t id, const std::string& counsellor, const Timestamp& now);

    Result<std::vector<BeneficiarySummary>> find(const BeneficiaryQuery& query) const;
    Result<std::int64_t> count(const BeneficiaryQuery& query) const;
    Result<std::vector<std::int64_t>> allIds() const;

private:
    const Database& m_db;
};

} // namespace trame::storage
