#include "cli/FileIo.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fcntl.h>
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

Status writeFileAtomically(const std::string& path, std::string_view content)
{
    const std::string partial = path + ".partial";
    const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
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
