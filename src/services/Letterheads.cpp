#include "services/Letterheads.h"

#include "services/AuditTrail.h"
#include "services/AuthorizedChange.h"
#include "services/Workspace.h"
#include "storage/Settings.h"

#include <nlohmann/json.hpp>
#include <sodium.h>

namespace trame::services {

namespace {

constexpr int kBase64 = sodium_base64_VARIANT_ORIGINAL;

std::string toBase64(const std::string& bytes)
{
    std::string text(sodium_base64_ENCODED_LEN(bytes.size(), kBase64), '\0');
    sodium_bin2base64(text.data(), text.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      kBase64);
    text.resize(text.size() - 1); // the terminating NUL
    return text;
}

std::string fromBase64(const std::string& text)
{
    std::string bytes(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(bytes.data()), bytes.size(), text.data(), text.size(),
                          nullptr, &length, nullptr, kBase64) != 0)
        return {};
    bytes.resize(length);
    return bytes;
}

} // namespace

namespace detail {

std::string letterheadSetting(const Letterhead& l)
{
    const nlohmann::json json = {{"name", l.name},          {"address", l.address}, {"phone", l.phone},
                                 {"email", l.email},        {"footer", l.footer},   {"bring", l.bring},
                                 {"logo", toBase64(l.logo)}};
    return json.dump();
}

Letterhead parseLetterheadSetting(const std::string& text)
{
    const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object())
        return {};
    const auto field = [&](const char* key) {
        const auto found = json.find(key);
        return found != json.end() && found->is_string() ? found->get<std::string>() : std::string();
    };
    Letterhead l{field("name"),   field("address"), field("phone"),           field("email"),
                 field("footer"), field("bring"),   fromBase64(field("logo"))};
    // Written elsewhere than here (by hand, by an older Trame): what breaks a rule is not printed.
    return validate(l) ? l : Letterhead{};
}

} // namespace detail

Result<Letterhead> letterhead(Workspace& workspace)
{
    auto stored = storage::readSetting(workspace.database(), detail::kLetterheadSetting);
    if (!stored)
        return stored.error();
    return *stored ? detail::parseLetterheadSetting(**stored) : Letterhead{};
}

Status setLetterhead(Workspace& workspace, const Clock& clock, const Actor& admin, const Letterhead& letterhead)
{
    storage::Database& db = workspace.database();
    const Status allowed = authorize(db, clock, admin, Action::ManageAccounts, Scope::Any).and_then([&](Ok) {
        return validate(letterhead);
    });
    return authorizedChange(db, clock, admin, allowed, [&]() -> Result<Audited<Ok>> {
        return storage::writeSetting(db, detail::kLetterheadSetting, detail::letterheadSetting(letterhead))
            .transform([](Ok) {
                return Audited<Ok>{{}, {AuditAction::AccountChange, "setting", std::nullopt, "letterhead"}};
            });
    });
}

} // namespace trame::services
