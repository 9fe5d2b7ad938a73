#pragma once

#include "domain/Result.h"

#include <string>
#include <string_view>

namespace trame::services {

// Argon2id (libsodium), 19 MiB and 2 passes at least, with a random salt; the parameters are in
// the encoded hash, so that stronger ones can come later without breaking stored accounts.
Result<std::string> hashPassword(std::string_view password);
// A hash of a random password nobody knows, made once with the parameters above (a test holds
// them to it): checking a password against it costs what checking a real one costs, so that an
// unknown login or a locked account answers in the same time as a wrong password.
const std::string& decoyPasswordHash();

bool verifyPassword(const std::string& hash, std::string_view password);
// The encoded hash that `password` gives with the parameters and salt of `setting` (an encoded
// hash without its last part, "$argon2id$v=19$m=…,t=…,p=1$SALT$"): what a workstation sends a
// server to sign in, so that the server compares it with what it stores and the password itself
// never leaves the workstation. Invalid when the setting is not one.
Result<std::string> passwordProof(const std::string& setting, std::string_view password);

// True when `hash` was made with weaker parameters than hashPassword uses now.
bool needsRehash(const std::string& hash);

} // namespace trame::services
