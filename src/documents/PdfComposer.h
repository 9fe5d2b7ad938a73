#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace trame::documents {

// A document written for paper: A4, the text in DejaVu Sans (embedded), lines wrapped between
// words, a block never split across two pages, and at the foot of every page the structure's
// line and « page 2 / 3 ». Blocks are added in reading order; finish() lays them out and returns
// the PDF, its title and author in its metadata.
class PdfComposer {
public:
    PdfComposer(const QString& title, const QString& author, const QString& footer);

    void title(const QString& text);
    void subtitle(const QString& text);
    void heading(const QString& text);
    void paragraph(const QString& text);
    // A head line in bold and its lines below, kept on one page (a plan step, an obstacle).
    void item(const QString& head, const QStringList& lines);
    QByteArray finish() const;

private:
    enum class Style { Title, Subtitle, Heading, Body, ItemHead };
    struct Line {
        Style style;
        QString text;
        int indent = 0;
    };
    struct Block {
        std::vector<Line> lines;
        int spaceBefore = 0; // in points
    };

    QString m_title;
    QString m_author;
    QString m_footer;
    std::vector<Block> m_blocks;
};

} // namespace trame::documents
