#include "cli/FileIo.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace trame::cli {

namespace fs = std::filesystem;

Result<std::string> readWholeFile(const std::string& path, std::size_t maxBytes)
{
    std::error_code ec;
    if (fs::is_directory(path, ec))
        return makeError(ErrorKind::Io, path, "is a folder, not a file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        return makeError(ErrorKind::Io, path, "cannot be read: " + ec.message());
    if (size > maxBytes)
        return makeError(ErrorKind::Invalid, path, "is larger than " + std::to_string(maxBytes >> 20) + " MiB");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorKind::Io, path, std::string("cannot be opened: ") + std::strerror(errno));
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

Status checkOutput(const std::string& path, bool overwrite, const std::vector<std::string>& protectedFiles)
{
    // By name first: a log that does not exist yet must not be created as JSON either.
    std::error_code ec;
    const fs::path wanted = fs::weakly_canonical(path, ec);
    for (const std::string& file : protectedFiles)
        if (!ec && wanted == fs::weakly_canonical(file, ec))
            return makeError(ErrorKind::Invalid, path, "is the database itself (or its log): choose another file");
    struct stat target {};
    if (::stat(path.c_str(), &target) != 0)
        return Ok{}; // nothing there yet
    for (const std::string& file : protectedFiles) {
        struct stat other {};
        if (::stat(file.c_str(), &other) == 0 && other.st_dev == target.st_dev && other.st_ino == target.st_ino)
            return makeError(ErrorKind::Invalid, path, "is the database itself (or its log): choose another file");
    }
    if (S_ISDIR(target.st_mode))
        return makeError(ErrorKind::Invalid, path, "is a folder, not a file");
    if (!overwrite)
        return makeError(ErrorKind::Invalid, path, "already exists; add --force to replace it");
    return Ok{};
}

Status writeFileAtomically(const std::string& path, std::string_view content)
{
    // A name no one can have planted: mkstemp creates it with O_EXCL, mode 0600.
    std::string partial = path + ".partial-XXXXXX";
    const int fd = ::mkostemp(partial.data(), O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorKind::Io, path, std::string("cannot be written: ") + std::strerror(errno));
    std::size_t written = 0;
    int error = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            error = errno;
            break;
        }
        written += static_cast<std::size_t>(n);
    }
    if (!error && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && !error)
        error = errno;
    if (!error && std::rename(partial.c_str(), path.c_str()) != 0)
        error = errno;
    if (error) {
        ::unlink(partial.c_str());
        return makeError(ErrorKind::Io, path, std::string("cannot be written: ") + std::strerror(error));
    }
    return Ok{};
}

} // namespace trame::cli
