#include "services/Passwords.h"

#include <sodium.h>

#include <cstdio>
#include <cstring>

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

Result<std::string> passwordProof(const std::string& setting, std::string_view password)
{
    if (!ready())
        return makeError(ErrorKind::Internal, {}, "libsodium could not be initialised");
    unsigned long long memoryKib = 0;
    unsigned long long passes = 0;
    unsigned lanes = 0;
    char salt64[64] = {};
    const std::string prefix = "$argon2id$v=19$";
    if (!setting.starts_with(prefix) || setting.back() != '$' ||
        std::sscanf(setting.c_str() + prefix.size(), "m=%llu,t=%llu,p=%u$%63[^$]$", &memoryKib, &passes, &lanes,
                    salt64) != 4 ||
        lanes != 1 || memoryKib == 0 || memoryKib > 4u * 1024u * 1024u || passes == 0 || passes > 64)
        return makeError(ErrorKind::Invalid, {}, "the server sent a password setting Trame does not know");
    unsigned char salt[crypto_pwhash_SALTBYTES];
    size_t saltLength = 0;
    if (sodium_base642bin(salt, sizeof salt, salt64, std::strlen(salt64), nullptr, &saltLength, nullptr,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0 ||
        saltLength != sizeof salt)
        return makeError(ErrorKind::Invalid, {}, "the server sent a password setting Trame does not know");
    unsigned char hash[32];
    if (crypto_pwhash(hash, sizeof hash, password.data(), password.size(), salt, passes,
                      static_cast<size_t>(memoryKib) * 1024u, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(ErrorKind::Internal, {}, "not enough memory to hash the password");
    char hash64[sodium_base64_ENCODED_LEN(sizeof hash, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)];
    sodium_bin2base64(hash64, sizeof hash64, hash, sizeof hash, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
    return setting + hash64;
}

bool needsRehash(const std::string& hash)
{
    return crypto_pwhash_str_needs_rehash(hash.c_str(), kPasses, kMemory) != 0;
}

} // namespace trame::services
