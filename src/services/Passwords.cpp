#include "services/Passwords.h"

#include <sodium.h>

namespace trame::services {

namespace {

constexpr unsigned long long kPasses = 2;
constexpr std::size_t kMemory = 19u * 1024u * 1024u;

bool ready()
{
    static const bool initialised = sodium_init() >= 0;
    return initialised;
}

} // namespace

Result<std::string> hashPassword(std::string_view password)
{
    if (!ready())
        return makeError(ErrorKind::Internal, {}, "libsodium could not be initialised");
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, password.data(), password.size(), kPasses, kMemory,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorKind::Internal, {}, "not enough memory to hash the password");
    return std::string(encoded);
}

const std::string& decoyPasswordHash()
{
    static const std::string hash =
        "$argon2id$v=19$m=19456,t=2,p=1$sJSb8cOTuYCUfEPam9UH9g$i2+IFFbQZI/26fUpulGvsaTIAg9hNf96013ik09TJ6g";
    return hash;
}

bool verifyPassword(const std::string& hash, std::string_view password)
{
    return ready() && crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

bool needsRehash(const std::string& hash)
{
    return crypto_pwhash_str_needs_rehash(hash.c_str(), kPasses, kMemory) != 0;
}

} // namespace trame::services
