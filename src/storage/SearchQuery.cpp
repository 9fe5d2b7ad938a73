#include "storage/SearchQuery.h"

namespace trame::storage {

std::vector<std::string> searchWords(std::string_view typed)
{
    std::vector<std::string> words;
    std::string word;
    auto flush = [&] {
        if (!word.empty())
            words.push_back(std::move(word));
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
    return words;
}

std::string toFtsQuery(std::string_view typed)
{
    std::string query;
    for (const std::string& word : searchWords(typed))
        query += (query.empty() ? "\"" : " \"") + word + "\"*";
    return query;
}

} // namespace trame::storage
