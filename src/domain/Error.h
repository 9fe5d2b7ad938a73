#pragma once

#include <string>
#include <vector>

namespace trame {

// What went wrong, in terms a caller can act on; crosses every layer unchanged.
enum class ErrorKind {
    Invalid,  // bad input: a value breaks a rule of the domain or of the file format
    NotFound, // the record asked for does not exist
    Conflict, // someone saved a newer version meanwhile
    Busy,     // the database stayed locked past the busy timeout
    Corrupt,  // the file is damaged or is not a Trame database
    TooNew,   // the file was written by a newer Trame
    Io,       // the file system refused (missing folder, read-only, full disk)
    Denied,   // the acting user may not do this
    Internal, // a bug or an unexpected library failure
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    std::string path;    // where: a JSON path such as "beneficiaries[3].birth_date", or a file
    std::string message; // what, in plain words
    // The rule broken, when it is one of those the program words in the person's language
    // (RuleText.h): its English template and the values filling it; `message` is the two together.
    std::string rule = {};
    std::vector<std::string> args = {};

    // "path: message", or just the message when there is no path.
    std::string describe() const;
};

const char* toString(ErrorKind kind);

} // namespace trame
