#pragma once

#include "domain/Enums.h"
#include "domain/Result.h"
#include "domain/Timestamp.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trame {

// Someone who may sign in to Trame. The password hash never leaves the storage and account
// services; this is what the rest of the program sees.
struct Account {
    std::int64_t id = 0;
    std::string login; // lowercase; what beneficiaries' `counsellor` refers to
    std::string displayName;
    Role role = Role::Counsellor;
    bool active = true;
    int failedAttempts = 0;               // consecutive, since the last successful sign-in
    std::optional<Timestamp> lockedUntil; // while sign-in is refused
    Timestamp createdAt;
    Timestamp updatedAt;
};

namespace passwords {
constexpr std::size_t kMinLength = 12;  // code points
constexpr std::size_t kMaxLength = 200; // code points; beyond, a paste went wrong
} // namespace passwords

// 2 to 32 characters: lowercase ASCII letters, digits, '.', '-', '_', starting with a letter.
Status validateLogin(std::string_view login);
// At least 12 characters, valid UTF-8, no control characters, not the login itself.
Status validatePassword(std::string_view password, std::string_view login);
Status validateDisplayName(std::string_view name);

} // namespace trame
