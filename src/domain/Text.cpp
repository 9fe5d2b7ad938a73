#include "domain/Text.h"

namespace trame {

namespace {

// Calls `visit(codePoint)` for each code point; false when the text is not valid UTF-8.
template <typename Visit> bool forEachCodePoint(std::string_view text, Visit&& visit)
{
    for (std::size_t i = 0; i < text.size();) {
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
            return false;
        }
        if (i + extra >= text.size() && extra > 0)
            return false; // truncated sequence
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (next & 0x3F);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        visit(cp);
        i += extra + 1;
    }
    return true;
}

// Characters that reorder or hide text: a name written with them can pass for another one.
bool reordersText(char32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x061C;
}

bool isInvisible(char32_t cp)
{
    return (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064) || cp == 0xFEFF || cp == 0x00AD;
}

bool isCombiningMark(char32_t cp)
{
    return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
           (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

} // namespace

std::optional<std::size_t> utf8Length(std::string_view text)
{
    std::size_t count = 0;
    if (!forEachCodePoint(text, [&](char32_t) { ++count; }))
        return std::nullopt;
    return count;
}

std::optional<rules::Broken> textRule(std::string_view text, std::size_t maxChars, bool multiline)
{
    const auto length = utf8Length(text);
    if (!length)
        return rules::Broken{rules::kNotUtf8, {}};
    if (*length > maxChars)
        return rules::Broken{rules::kTooLong, {std::to_string(*length), std::to_string(maxChars)}};
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0x7F || (u < 0x20 && !(multiline && (c == '\n' || c == '\t' || c == '\r'))))
            return rules::Broken{multiline ? rules::kControlCharacter : rules::kLineBreak, {}};
    }
    std::optional<rules::Broken> problem;
    int marksInARow = 0;
    forEachCodePoint(text, [&](char32_t cp) {
        marksInARow = isCombiningMark(cp) ? marksInARow + 1 : 0;
        if (problem)
            return;
        if (reordersText(cp))
            problem = rules::Broken{rules::kReversing, {}};
        else if (!multiline && isInvisible(cp))
            problem = rules::Broken{rules::kInvisible, {}};
        else if (marksInARow > 4)
            problem = rules::Broken{rules::kStackedAccents, {}};
    });
    return problem;
}

std::optional<std::string> textProblem(std::string_view text, std::size_t maxChars, bool multiline)
{
    if (auto broken = textRule(text, maxChars, multiline))
        return broken->message();
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
