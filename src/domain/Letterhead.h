#pragma once

#include "domain/Result.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace trame {

// The structure's letterhead, set once by the administrator and printed on every document: who
// writes, how to reach them, the line at the foot of each page, and what a person brings to an
// appointment (the convocation's « À apporter »).
struct Letterhead {
    std::string name;    // « Maison de l'emploi de … »
    std::string address; // several lines
    std::string phone;
    std::string email;
    std::string footer;
    std::string bring;
    std::string logo; // the bytes of a PNG or SVG image; empty for none

    bool isEmpty() const;
    friend bool operator==(const Letterhead&, const Letterhead&) = default;
};

enum class LogoFormat { None, Png, Svg, Unknown };

// A logo small enough to sit in every file and on every page.
constexpr std::size_t kMaxLogoBytes = 512u * 1024u;

// What the bytes are, by their signature: a PNG's header, or an SVG document's root element.
LogoFormat logoFormat(std::string_view bytes);

// Each text within its limit and without control characters (line breaks in the address and the
// footer), the logo a PNG or an SVG of at most kMaxLogoBytes; an Invalid error names the field.
Status validate(const Letterhead& letterhead);

} // namespace trame
