#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trame {

// What the person was told and on which legal basis their data is kept (RGPD).
struct Consent {
    std::optional<Date> date;
    std::string legalBasis;
    std::string information;

    friend bool operator==(const Consent&, const Consent&) = default;
};

struct Beneficiary {
    std::int64_t id = 0; // 0 until stored
    Civility civility = Civility::Unspecified;
    std::string firstName;
    std::string lastName;
    std::optional<Date> birthDate;
    std::string phone;
    std::string email;
    std::string address;
    std::string qualifications;
    std::string experience;
    std::vector<std::string> languages;
    std::vector<std::string> resources; // RSA, ARE, AAH...
    Consent consent;
    std::string counsellor; // login of the assigned counsellor
    BeneficiaryStatus status = BeneficiaryStatus::Active;
    std::optional<Timestamp> createdAt; // none until stored (or in an imported file that omits it)
    std::optional<Timestamp> updatedAt;
    std::int64_t version = 0; // row version; 0 until stored; not part of the file format

    std::string displayName() const;
    friend bool operator==(const Beneficiary&, const Beneficiary&) = default;
};

} // namespace trame
