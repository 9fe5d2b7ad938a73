#include "storage/PrivateFiles.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace trame::storage {

namespace {

Error ioError(const std::string& path, const std::string& what)
{
    return Error{ErrorKind::Io, path, what + ": " + std::strerror(errno)};
}

} // namespace

Status createPrivateFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return ioError(path, errno == EEXIST ? "already exists" : "cannot be created");
    // The umask can only narrow the mode given to open(); one of 0777 would leave 0000.
    const bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;
    ::close(fd);
    if (!ok)
        return ioError(path, "cannot be made private");
    return Ok{};
}

Status restrictToOwner(const std::string& path)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return errno == ENOENT ? Status(Ok{}) : Status(ioError(path, "cannot be read"));
    if (!S_ISREG(st.st_mode) || st.st_uid != ::geteuid() || (st.st_mode & 0077) == 0)
        return Ok{};
    if (::chmod(path.c_str(), st.st_mode & 0700) != 0)
        return ioError(path, "cannot be made private");
    return Ok{};
}

Status makePrivateFolder(const std::string& path)
{
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec || !fs::is_directory(path, ec))
        return Error{ErrorKind::Io, path, "the folder cannot be created"};
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && st.st_uid == ::geteuid() && (st.st_mode & 0777) != 0700 &&
        ::chmod(path.c_str(), 0700) != 0)
        return ioError(path, "cannot be made private");
    return Ok{};
}

} // namespace trame::storage
