#include "domain/Letterhead.h"

#include "domain/Text.h"

namespace trame {

bool Letterhead::isEmpty() const
{
    return name.empty() && address.empty() && phone.empty() && email.empty() && footer.empty() && bring.empty() &&
           logo.empty();
}

LogoFormat logoFormat(std::string_view bytes)
{
    if (bytes.empty())
        return LogoFormat::None;
    if (bytes.starts_with(std::string_view("\x89PNG\r\n\x1a\n", 8)))
        return LogoFormat::Png;
    // An SVG file opens with an XML declaration, a comment or a doctype before its root: look for
    // the root element near the start rather than at it.
    const std::string_view head = bytes.substr(0, 4096);
    if (head.find("<svg") != std::string_view::npos && head.find('\0') == std::string_view::npos)
        return LogoFormat::Svg;
    return LogoFormat::Unknown;
}

Status validate(const Letterhead& letterhead)
{
    struct Field {
        const char* path;
        const std::string& text;
        std::size_t max;
        bool multiline;
    };
    const Field fields[] = {
        {"letterhead.name", letterhead.name, limits::kShort, false},
        {"letterhead.address", letterhead.address, limits::kShort, true},
        {"letterhead.phone", letterhead.phone, limits::kName, false},
        {"letterhead.email", letterhead.email, limits::kName, false},
        {"letterhead.footer", letterhead.footer, limits::kShort, true},
        {"letterhead.bring", letterhead.bring, limits::kShort, true},
    };
    for (const Field& field : fields)
        if (auto problem = textRule(field.text, field.max, field.multiline))
            return ruleError(field.path, *problem);
    if (letterhead.logo.size() > kMaxLogoBytes)
        return ruleError("letterhead.logo", {rules::kLogoTooLarge, {std::to_string(kMaxLogoBytes / 1024)}});
    const LogoFormat format = logoFormat(letterhead.logo);
    if (format == LogoFormat::Unknown)
        return ruleError("letterhead.logo", {rules::kLogoFormat, {}});
    return Ok{};
}

} // namespace trame
