#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

// Writes a file that holds people's data (an export, a calendar file): whole or not at all
// (QSaveFile), readable and writable by its owner only, whatever the umask.
trame::Status writePrivateFile(const QString& path, const QByteArray& content);
