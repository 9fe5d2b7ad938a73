#include "domain/Appointment.h"

#include <string_view>

namespace trame {

namespace {

// The first letter of `word`, whole even when it takes several bytes (É, Ç).
std::string_view firstLetter(std::string_view word)
{
    if (word.empty())
        return {};
    std::size_t length = 1;
    while (length < word.size() && (static_cast<unsigned char>(word[length]) & 0xC0) == 0x80)
        ++length;
    return word.substr(0, length);
}

// "Jean-Pierre" gives "J.-P.", "Marie Claire" gives "M. C."
std::string initialsOf(std::string_view name)
{
    std::string out;
    bool atWordStart = true;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == ' ' || c == '-') {
            if (!out.empty() && !atWordStart)
                out += c == '-' ? "-" : " ";
            atWordStart = true;
            continue;
        }
        if (atWordStart) {
            const std::string_view letter = firstLetter(name.substr(i));
            out += letter;
            out += '.';
            i += letter.size() - 1;
            atWordStart = false;
        }
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '-'))
        out.pop_back();
    return out;
}

} // namespace

LocalTime Appointment::end() const
{
    return start.plusMinutes(durationMinutes);
}

std::string AgendaEntry::initials() const
{
    const std::string first = initialsOf(firstName);
    const std::string last = initialsOf(lastName);
    return first.empty() || last.empty() ? first + last : first + " " + last;
}

} // namespace trame
