#include "documents/PaperComposer.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>

namespace trame::documents {

namespace {

constexpr int kPdfResolution = 300; // dots per inch of a PDF's layout
constexpr double kMarginMm = 20;

QFont fontFor(double pointSize, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // No ligatures: « fi » stays two letters, so that the text copied or searched in the PDF is the
    // text written.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

// Where every block goes on a given device: measured with its fonts at its resolution, then
// painted page by page.
class PaperComposer::Layout {
public:
    Layout(const PaperComposer& document, QPagedPaintDevice& device)
        : m_doc(document), m_device(device), m_dpi(device.logicalDpiY()),
          m_page(device.pageLayout().paintRectPixels(m_dpi)), m_footerFont(fontFor(8, false))
    {
        QStringList foot;
        if (!m_doc.m_letterhead.footer.empty())
            foot << q(m_doc.m_letterhead.footer);
        if (!m_doc.m_footer.isEmpty())
            foot << m_doc.m_footer;
        m_footerText = foot.join(QLatin1Char('\n'));
    }

    void paint()
    {
        QPainter painter(&m_device);
        const double footerHeight = textHeight(m_footerFont, footerWidth(), m_footerText) + pt(9);
        const double bodyBottom = m_page.height() - footerHeight;
        const double headerHeight = drawHeader(nullptr);

        // First, which page each block goes on and where; a block taller than a page starts one.
        struct Placed {
            const Block* block;
            int page;
            double top;
        };
        std::vector<Placed> placed;
        int pageIndex = 0;
        double y = headerHeight;
        for (std::size_t b = 0; b < m_doc.m_blocks.size(); ++b) {
            const Block& block = m_doc.m_blocks[b];
            const double height = blockHeight(block);
            // A heading stays with the block it introduces, never alone at the foot of a page.
            const bool heading = block.lines.front().style == Style::Heading && b + 1 < m_doc.m_blocks.size();
            const Block* next = heading ? &m_doc.m_blocks[b + 1] : nullptr;
            const double kept = next ? height + pt(next->spaceBefore) + blockHeight(*next) : height;
            const bool atTop = y <= (pageIndex == 0 ? headerHeight : 0);
            const double before = atTop ? 0 : pt(block.spaceBefore);
            if (!atTop && y + before + kept > bodyBottom) {
                ++pageIndex;
                y = 0;
            } else {
                y += before;
            }
            placed.push_back({&block, pageIndex, y});
            y += height;
        }
        const int pages = pageIndex + 1;

        for (int p = 0; p < pages; ++p) {
            if (p > 0)
                m_device.newPage();
            if (p == 0)
                drawHeader(&painter);
            for (const Placed& at : placed)
                if (at.page == p)
                    drawBlock(painter, *at.block, at.top);
            drawFooter(painter, p + 1, pages, footerHeight);
        }
    }

private:
    double pt(double points) const { return points * m_dpi / 72.0; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double footerWidth() const { return m_page.width() * 0.8; }

    QFont fontOf(Style style) const
    {
        switch (style) {
        case Style::Title: return fontFor(16, true);
        case Style::Subtitle: return fontFor(11, false);
        case Style::Heading: return fontFor(12, true);
        case Style::ItemHead:
        case Style::Signatures: return fontFor(10, true);
        case Style::Body: return fontFor(10, false);
        }
        return fontFor(10, false);
    }

    double textHeight(const QFont& font, double width, const QString& text) const
    {
        if (text.isEmpty())
            return 0;
        return QFontMetricsF(font, &m_device).boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, text).height();
    }

    double lineWidth(const Line& line) const { return m_page.width() - line.indent * pt(14); }

    double heightOf(const Line& line) const
    {
        if (line.style == Style::Signatures)
            return pt(10) + QFontMetricsF(fontOf(line.style), &m_device).height() + pt(4) + mm(28);
        return textHeight(fontOf(line.style), lineWidth(line), line.text);
    }

    double blockHeight(const Block& block) const
    {
        double height = 0;
        for (const Line& line : block.lines)
            height += heightOf(line);
        return height;
    }

    void drawBlock(QPainter& painter, const Block& block, double top) const
    {
        for (const Line& line : block.lines) {
            const double height = heightOf(line);
            painter.setFont(fontOf(line.style));
            if (line.style == Style::Signatures)
                drawSignatures(painter, line.text.split(QLatin1Char('\n')), top);
            else
                painter.drawText(QRectF(line.indent * pt(14), top, lineWidth(line), height), Qt::TextWordWrap,
                                 line.text);
            top += height;
        }
    }

    void drawSignatures(QPainter& painter, const QStringList& signatories, double top) const
    {
        const double gap = mm(10);
        top += pt(10); // apart from the line above
        const auto count = static_cast<double>(signatories.size());
        const double width = (m_page.width() - gap * (count - 1)) / count;
        const double labelHeight = QFontMetricsF(painter.font(), &m_device).height();
        for (int i = 0; i < signatories.size(); ++i) {
            const double left = static_cast<double>(i) * (width + gap);
            painter.setFont(fontOf(Style::Signatures));
            painter.drawText(QRectF(left, top, width, labelHeight), Qt::AlignLeft, signatories[i]);
            const QRectF box(left, top + labelHeight + pt(4), width, mm(28));
            painter.drawRect(box);
            painter.setFont(fontFor(8, false));
            painter.drawText(box.adjusted(pt(4), pt(3), -pt(4), -pt(3)), Qt::AlignLeft | Qt::AlignTop,
                             QStringLiteral("Date et signature"));
        }
    }

    // The letterhead at the top of the first page: the logo, then the structure's name and how to
    // reach it. Returns its height; draws it when given a painter.
    double drawHeader(QPainter* painter) const
    {
        const Letterhead& l = m_doc.m_letterhead;
        if (l.isEmpty())
            return 0;
        double left = 0;
        double logoHeight = 0;
        if (!l.logo.empty()) {
            const QByteArray bytes = QByteArray::fromStdString(l.logo);
            const QRectF room(0, 0, mm(45), mm(22));
            QSizeF size;
            QImage image;
            QSvgRenderer svg;
            if (logoFormat(l.logo) == LogoFormat::Svg && svg.load(bytes))
                size = svg.defaultSize();
            else if (image.loadFromData(bytes))
                size = image.size();
            if (!size.isEmpty()) {
                size.scale(room.size(), Qt::KeepAspectRatio);
                const QRectF target(QPointF(0, 0), size);
                if (painter && svg.isValid())
                    svg.render(painter, target);
                else if (painter)
                    painter->drawImage(target, image);
                left = size.width() + mm(6);
                logoHeight = size.height();
            }
        }
        const double width = m_page.width() - left;
        QStringList reach;
        if (!l.phone.empty())
            reach << QStringLiteral("Tél. ") + q(l.phone);
        if (!l.email.empty())
            reach << q(l.email);
        QString details = q(l.address);
        if (!reach.isEmpty())
            details += (details.isEmpty() ? QString() : QStringLiteral("\n")) + reach.join(QStringLiteral(" · "));
        const QFont nameFont = fontFor(12, true);
        const QFont detailFont = fontFor(9, false);
        const double nameHeight = textHeight(nameFont, width, q(l.name));
        const double detailHeight = textHeight(detailFont, width, details);
        if (painter) {
            painter->setFont(nameFont);
            painter->drawText(QRectF(left, 0, width, nameHeight), Qt::TextWordWrap, q(l.name));
            painter->setFont(detailFont);
            painter->drawText(QRectF(left, nameHeight, width, detailHeight), Qt::TextWordWrap, details);
        }
        const double height = std::max(logoHeight, nameHeight + detailHeight);
        if (painter)
            painter->drawLine(QPointF(0, height + pt(6)), QPointF(m_page.width(), height + pt(6)));
        return height + pt(18);
    }

    void drawFooter(QPainter& painter, int page, int pages, double footerHeight) const
    {
        painter.setFont(m_footerFont);
        const QRectF foot(0, m_page.height() - footerHeight + pt(9), m_page.width(), footerHeight - pt(9));
        painter.drawLine(QPointF(0, foot.top() - pt(4)), QPointF(m_page.width(), foot.top() - pt(4)));
        painter.drawText(QRectF(foot.left(), foot.top(), footerWidth(), foot.height()),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_footerText);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignTop, QStringLiteral("page %1 / %2").arg(page).arg(pages));
    }

    const PaperComposer& m_doc;
    QPagedPaintDevice& m_device;
    const int m_dpi;
    const QRectF m_page;
    const QFont m_footerFont;
    QString m_footerText;
};

PaperComposer::PaperComposer(const QString& title, const QString& author, const QString& footer)
    : m_title(title), m_author(author), m_footer(footer)
{
}

void PaperComposer::letterhead(const Letterhead& letterhead)
{
    m_letterhead = letterhead;
}

void PaperComposer::title(const QString& text)
{
    m_blocks.push_back({{{Style::Title, text}}, 0});
}

void PaperComposer::subtitle(const QString& text)
{
    m_blocks.push_back({{{Style::Subtitle, text}}, 4});
}

void PaperComposer::heading(const QString& text)
{
    m_blocks.push_back({{{Style::Heading, text}}, 14});
}

void PaperComposer::paragraph(const QString& text)
{
    if (!text.isEmpty())
        m_blocks.push_back({{{Style::Body, text}}, 6});
}

void PaperComposer::item(const QString& head, const QStringList& lines)
{
    Block block{{{Style::ItemHead, head}}, 8};
    for (const QString& line : lines)
        if (!line.isEmpty())
            block.lines.push_back({Style::Body, line, 1});
    m_blocks.push_back(std::move(block));
}

void PaperComposer::signatures(const QString& line, const QStringList& signatories)
{
    m_blocks.push_back({{{Style::Body, line}, {Style::Signatures, signatories.join(QLatin1Char('\n'))}}, 14});
}

QByteArray PaperComposer::pdf() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
    writer.setTitle(m_title);
    writer.setCreator(m_author);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
    Layout(*this, writer).paint();
    return pdf;
}

void PaperComposer::print(QPagedPaintDevice& device) const
{
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
    Layout(*this, device).paint();
}

} // namespace trame::documents
