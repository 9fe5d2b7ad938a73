#include "common/PaperOutput.h"

#include "common/InputDialogs.h"
#include "common/PrivateFile.h"
#include "documents/PaperComposer.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

using trame::documents::PaperComposer;

namespace {

void setUp(QPrinter& printer, const PaperComposer& paper, const QString& printerFile)
{
    printer.setDocName(paper.documentTitle());
    printer.setPageSize(QPageSize(QPageSize::A4));
    if (!printerFile.isEmpty()) {
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printerFile);
    }
}

} // namespace

trame::Result<std::optional<QString>> PaperOutput::deliver(QWidget* parent, Way way, const PaperComposer& paper,
                                                           const QString& suggestedFileName)
{
    switch (way) {
    case Way::Pdf: {
        const auto file = InputDialogs::saveFileName(parent, QObject::tr("Save as PDF"), suggestedFileName,
                                                     QObject::tr("PDF (*.pdf)"));
        if (!file)
            return std::optional<QString>();
        if (trame::Status written = writePrivateFile(*file, paper.pdf()); !written)
            return written.error();
        return file;
    }
    case Way::Print: {
        QPrinter printer(QPrinter::HighResolution);
        setUp(printer, paper, s_printerFile);
        QPrintDialog dialog(&printer, parent);
        dialog.setWindowTitle(QObject::tr("Print %1").arg(paper.documentTitle()));
        if (dialog.exec() == QDialog::Accepted)
            paper.print(printer);
        return std::optional<QString>();
    }
    case Way::Preview: {
        QPrinter printer(QPrinter::HighResolution);
        setUp(printer, paper, s_printerFile);
        QPrintPreviewDialog preview(&printer, parent);
        preview.setWindowTitle(QObject::tr("Print preview: %1").arg(paper.documentTitle()));
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [&paper](QPrinter* target) { paper.print(*target); });
        preview.resize(parent ? parent->window()->size() * 0.9 : QSize(900, 1000));
        preview.exec();
        return std::optional<QString>();
    }
    }
    return std::optional<QString>();
}
