#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

class QWidget;
namespace trame::documents {
class PaperComposer;
}

// Puts a document on paper or in a file, the three ways a user asks for: Qt's print preview
// (which prints from there), the print dialog, or a PDF file (whole or not at all, 0600).
class PaperOutput {
public:
    enum class Way { Preview, Print, Pdf };

    // What became of it: the file written, or nothing when the user cancelled or it went to a
    // printer; an error when the file could not be written.
    static trame::Result<std::optional<QString>>
    deliver(QWidget* parent, Way way, const trame::documents::PaperComposer& paper, const QString& suggestedFileName);

    // Tests: the printer prints to this PDF file instead of a real printer (the dialog still opens
    // and must be answered).
    static void setPrinterFileForTests(const QString& path) { s_printerFile = path; }

private:
    static inline QString s_printerFile;
};
