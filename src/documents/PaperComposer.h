#pragma once

#include "domain/Letterhead.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

class QPagedPaintDevice;

namespace trame::documents {

// A document written for paper: A4, the text in DejaVu Sans (embedded in a PDF), lines wrapped
// between words, a block never split across two pages, the structure's letterhead at the top of
// the first page and at the foot of every page its line and « page 2 / 3 ». Blocks are added in
// reading order; pdf() lays them out into a PDF (its title and author in its metadata), print()
// onto a printer, at that device's resolution.
class PaperComposer {
public:
    PaperComposer(const QString& title, const QString& author, const QString& footer);

    void letterhead(const Letterhead& letterhead);
    void title(const QString& text);
    void subtitle(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    // A head line in bold and its lines below, kept on one page (a plan step, an obstacle).
    void item(const QString& head, const QStringList& lines);
    // A line (« Fait le … ») and below it, side by side, a box for each signatory to sign in, under
    // their role; kept on one page.
    void signatures(const QString& line, const QStringList& signatories);

    const QString& documentTitle() const { return m_title; }
    QByteArray pdf() const;
    // Onto a printer (or any paged device) already set up: its page size, our margins.
    void print(QPagedPaintDevice& device) const;

private:
    enum class Style { Title, Subtitle, Heading, Body, ItemHead, Signatures };
    struct Line {
        Style style;
        QString text;
        int indent = 0;
    };
    struct Block {
        std::vector<Line> lines;
        int spaceBefore = 0; // in points
    };
    class Layout;

    QString m_title;
    QString m_author;
    QString m_footer;
    Letterhead m_letterhead;
    std::vector<Block> m_blocks;
};

} // namespace trame::documents
