#include "storage/SearchQuery.h"

namespace trame::storage {

std::string toFtsQuery(std::string_view typed)
{
    std::string query;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
        word.clear();
    };
    for (const char c : typed) {
        const auto u = static_cast<unsigned char>(c);
        // Letters and digits of any script (bytes of UTF-8 sequences) are kept; the rest separates.
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
            word += c;
        else
            flush();
    }
    flush();
    return query;
}

} // namespace trame::storage
