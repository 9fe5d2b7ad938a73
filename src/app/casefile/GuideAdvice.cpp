#include "casefile/GuideAdvice.h"

#include "common/Conversions.h"
#include "common/Labels.h"

#include <set>

using namespace trame;

namespace {

QString esc(const std::string& text)
{
    return qs(text).toHtmlEscaped();
}

const CatalogueEntry* entry(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, const std::string& key)
{
    for (const CatalogueEntry& e : catalogue)
        if (e.kind == kind && e.key == key)
            return &e;
    return nullptr;
}

// "<dt>label</dt><dd>description</dd>" for each distinct key, in order of use.
QString definitions(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind,
                    const std::vector<std::string>& keys)
{
    QString html;
    std::set<std::string> seen;
    for (const std::string& key : keys) {
        if (key.empty() || !seen.insert(key).second)
            continue;
        if (const CatalogueEntry* e = entry(catalogue, kind, key))
            html += QStringLiteral("<p><b>%1</b> : %2</p>").arg(esc(e->label), esc(e->description));
    }
    return html;
}

} // namespace

QString GuideAdvice::html(const ReferenceCase& r, const std::vector<CatalogueEntry>& catalogue, int section)
{
    const CaseFile& c = r.content;
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("What the guide advises"));
    std::vector<std::string> keys;
    switch (section) {
    case 0:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Name the obstacles (freins) the situation shows, with their category, "
                            "so that the plan can address each of them."));
        for (const Obstacle& o : c.obstacles)
            keys.push_back(std::string(toString(o.category)));
        html += definitions(catalogue, CatalogueKind::ObstacleCategory, keys);
        break;
    case 1:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The posture: active listening, empathy, no judgement, reformulation, "
                            "encouraging initiative and self-assessment."));
        for (const PostureItem& p : c.attitude)
            keys.push_back(p.technique);
        html += definitions(catalogue, CatalogueKind::Technique, keys);
        break;
    case 2:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The tools and methods to progress, and the external partners to "
                            "mobilise for complementary support."));
        for (const ToolUse& t : c.tools)
            keys.push_back(t.tool);
        html += definitions(catalogue, CatalogueKind::Tool, keys);
        keys.clear();
        for (const Referral& p : c.referrals)
            keys.push_back(p.partner);
        html += definitions(catalogue, CatalogueKind::Partner, keys);
        break;
    case 3:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The solution agreed with the beneficiary and a detailed chronological "
                            "action plan, each step concrete and dated."));
        if (c.adminAdvice.empty())
            html +=
                QStringLiteral("<p><i>%1</i></p>").arg(tr("The guide gives no administrative advice for this case."));
        break;
    case 4:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Success indicators and evaluation criteria, to measure the impact of "
                            "the support."));
        if (!r.indicatorsNote.empty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(r.indicatorsNote));
        break;
    case 5:
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Regular follow-up, with the Annexe 1 template filled in at each "
                            "interview and the beneficiary's own self-assessment."));
        if (c.rhythm)
            html += QStringLiteral("<p><b>%1</b> : %2 (%3)</p>")
                        .arg(tr("Rhythm"), esc(c.rhythm->label),
                             Labels::of(c.rhythm->interval.unit, c.rhythm->interval.count));
        break;
    }
    if (!r.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Notes on the guide's text"));
        for (const std::string& note : r.notes)
            html += QStringLiteral("<li>%1</li>").arg(esc(note));
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><small>%1</small></p>").arg(esc(r.source));
    return html;
}
