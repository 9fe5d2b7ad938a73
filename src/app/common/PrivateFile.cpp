#include "common/PrivateFile.h"

#include "common/Conversions.h"

#include <QSaveFile>

using namespace trame;

Status writePrivateFile(const QString& path, const QByteArray& content)
{
    QSaveFile out(path);
    // The temporary file is narrowed before a byte is written, so that no one else ever reads it.
    const bool written = out.open(QIODevice::WriteOnly) &&
                         out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) &&
                         out.write(content) == content.size() && out.commit();
    if (!written)
        return makeError(ErrorKind::Io, ss(path), ss(out.errorString()));
    return Ok{};
}
