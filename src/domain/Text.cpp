#include "domain/Text.h"

namespace trame {

std::optional<std::size_t> utf8Length(std::string_view text)
{
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        char32_t cp = 0;
        if (lead < 0x80) {
            cp = lead;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1, cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, cp = lead & 0x07;
        } else {
            return std::nullopt;
        }
        if (i + extra >= text.size() && extra > 0)
            return std::nullopt; // truncated sequence
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return std::nullopt;
            cp = (cp << 6) | (next & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        i += extra + 1;
    }
    return count;
}

std::optional<std::string> textProblem(std::string_view text, std::size_t maxChars, bool multiline)
{
    const auto length = utf8Length(text);
    if (!length)
        return std::string("is not valid UTF-8 text");
    if (*length > maxChars)
        return "is " + std::to_string(*length) + " characters long, more than the " + std::to_string(maxChars) +
               " allowed";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0x7F || (u < 0x20 && !(multiline && (c == '\n' || c == '\t' || c == '\r'))))
            return std::string(multiline ? "contains a control character"
                                         : "contains a line break or a control character");
    }
    return std::nullopt;
}

bool isKey(std::string_view text)
{
    if (text.empty() || text.size() > 64 || text[0] < 'a' || text[0] > 'z')
        return false;
    for (const char c : text)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

} // namespace trame
