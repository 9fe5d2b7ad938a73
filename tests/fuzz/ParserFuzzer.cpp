// libFuzzer target on the trame/1 reader alone: no database, so that it runs a thousand times
// faster than the import target and reaches the parser's corners (numbers, nesting, escapes,
// duplicate keys, every field's type). Bad input must come back as an Error, never a crash, an
// abort or an exception. Built only with clang (scripts/fuzz parser).
#include "domain/Document.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = trame::parseDocument(text);
    if (!parsed && parsed.error().kind == trame::ErrorKind::Internal) {
        std::fprintf(stderr, "internal error while parsing: %s\n", parsed.error().describe().c_str());
        std::abort(); // bad input must be reported as such, never as a bug
    }
    return 0;
}
