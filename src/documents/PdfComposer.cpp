#include "documents/PdfComposer.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace trame::documents {

namespace {

constexpr int kResolution = 300; // dots per inch of the layout
constexpr double kMarginMm = 20;

double points(double pt)
{
    return pt * kResolution / 72.0;
}

QFont fontFor(int pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: « fi » stays two letters, so that the text copied or searched in the PDF is the
    // text written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

PdfComposer::PdfComposer(const QString& title, const QString& author, const QString& footer)
    : m_title(title), m_author(author), m_footer(footer)
{
}

void PdfComposer::title(const QString& text)
{
    m_blocks.push_back({{{Style::Title, text}}, 0});
}

void PdfComposer::subtitle(const QString& text)
{
    m_blocks.push_back({{{Style::Subtitle, text}}, 4});
}

void PdfComposer::heading(const QString& text)
{
    m_blocks.push_back({{{Style::Heading, text}}, 14});
}

void PdfComposer::paragraph(const QString& text)
{
    m_blocks.push_back({{{Style::Body, text}}, 6});
}

void PdfComposer::item(const QString& head, const QStringList& lines)
{
    Block block{{{Style::ItemHead, head}}, 8};
    for (const QString& line : lines)
        if (!line.isEmpty())
            block.lines.push_back({Style::Body, line, 1});
    m_blocks.push_back(std::move(block));
}

QByteArray PdfComposer::finish() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    writer.setTitle(m_title);
    writer.setCreator(m_author);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

    const auto fontOf = [](Style style) {
        switch (style) {
        case Style::Title: return fontFor(16, true);
        case Style::Subtitle: return fontFor(11, false);
        case Style::Heading: return fontFor(12, true);
        case Style::ItemHead: return fontFor(10, true);
        case Style::Body: return fontFor(10, false);
        }
        return fontFor(10, false);
    };
    QPainter painter(&writer);
    const QRectF page = writer.pageLayout().paintRectPixels(kResolution);
    const double indentWidth = points(14);
    const QFont footerFont = fontFor(8, false);
    const double footerHeight = QFontMetricsF(footerFont, &writer).height() * 2 + points(6);
    const double bodyBottom = page.height() - footerHeight;

    // First, which page each block goes on and where; a block taller than a page starts one.
    struct Placed {
        const Block* block;
        int page;
        double top;
    };
    std::vector<Placed> placed;
    const auto heightOf = [&](const Line& line) {
        const QRectF room(0, 0, page.width() - line.indent * indentWidth, 1e9);
        return QFontMetricsF(fontOf(line.style), &writer).boundingRect(room, Qt::TextWordWrap, line.text).height();
    };
    const auto blockHeight = [&](const Block& block) {
        double height = 0;
        for (const Line& line : block.lines)
            height += heightOf(line);
        return height;
    };
    int pageIndex = 0;
    double y = 0;
    for (std::size_t b = 0; b < m_blocks.size(); ++b) {
        const Block& block = m_blocks[b];
        const double height = blockHeight(block);
        // A heading stays with the block it introduces, never alone at the foot of a page.
        const bool heading = block.lines.front().style == Style::Heading && b + 1 < m_blocks.size();
        const double kept =
            heading ? height + points(m_blocks[b + 1].spaceBefore) + blockHeight(m_blocks[b + 1]) : height;
        const double before = y > 0 ? points(block.spaceBefore) : 0;
        if (y > 0 && y + before + kept > bodyBottom) {
            ++pageIndex;
            y = 0;
        } else {
            y += before;
        }
        placed.push_back({&block, pageIndex, y});
        y += height;
    }
    const int pages = pageIndex + 1;

    // Then each page: its blocks, and its foot.
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (const Placed& at : placed) {
            if (at.page != p)
                continue;
            double top = at.top;
            for (const Line& line : at.block->lines) {
                painter.setFont(fontOf(line.style));
                const double height = heightOf(line);
                painter.drawText(
                    QRectF(line.indent * indentWidth, top, page.width() - line.indent * indentWidth, height),
                    Qt::TextWordWrap, line.text);
                top += height;
            }
        }
        painter.setFont(footerFont);
        const QRectF foot(0, page.height() - footerHeight + points(6), page.width(), footerHeight - points(6));
        painter.drawLine(QPointF(0, foot.top() - points(3)), QPointF(page.width(), foot.top() - points(3)));
        const QString number = QStringLiteral("page %1 / %2").arg(p + 1).arg(pages);
        const double numberWidth = QFontMetricsF(footerFont, &writer).horizontalAdvance(number) + points(12);
        painter.drawText(QRectF(foot.left(), foot.top(), foot.width() - numberWidth, foot.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, number);
    }
    painter.end();
    return pdf;
}

} // namespace trame::documents
