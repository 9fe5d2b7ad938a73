#include "CaseFileModels.h"

#include "CaseFileDocument.h"
#include "Conversions.h"
#include "Labels.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QFont>

using namespace trame;

namespace {

// Translations of this file share the context "CaseFileModels".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseFileModels)
};

// Choices for a combo box: every enumerator with its label.
template <typename E>
QVariantList enumChoices()
{
    QVariantList list;
    for (E value : allEnumerators<E>())
        list.append(QVariantMap{{QStringLiteral("label"), Labels::of(value)},
                                {QStringLiteral("value"), qs(std::string(toString(value)))}});
    return list;
}

template <typename E>
E enumFrom(const QVariant& value, E fallback)
{
    return parseEnum<E>(ss(value.toString())).value_or(fallback);
}

QVariantList catalogueChoices(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, bool allowNone)
{
    QVariantList list;
    if (allowNone)
        list.append(QVariantMap{{QStringLiteral("label"), Text::tr("(none)")}, {QStringLiteral("value"), QString()}});
    for (const CatalogueEntry& e : catalogue)
        if (e.kind == kind)
            list.append(QVariantMap{{QStringLiteral("label"), qs(e.label)}, {QStringLiteral("value"), qs(e.key)}});
    return list;
}

QString catalogueLabel(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, const std::string& key)
{
    for (const CatalogueEntry& e : catalogue)
        if (e.kind == kind && e.key == key)
            return qs(e.label);
    return qs(key);
}

// A column over a field of the list's items.
template <typename T, typename Get, typename Set>
SectionColumn column(std::vector<T> CaseFile::*list, QString header, EditorKind editor, Get get, Set set)
{
    SectionColumn c;
    c.header = std::move(header);
    c.editor = editor;
    c.data = [list, get](const CaseFile& cf, int row, int role) -> QVariant {
        return get((cf.*list)[static_cast<size_t>(row)], role);
    };
    c.setData = [list, set](CaseFile& cf, int row, const QVariant& value) {
        set((cf.*list)[static_cast<size_t>(row)], value);
    };
    return c;
}

// A plain text field: shown and edited as text.
template <typename T>
SectionColumn textColumn(std::vector<T> CaseFile::*list, QString header, std::string T::*field)
{
    return column(
        list, std::move(header), EditorKind::Text,
        [field](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
                return qs(item.*field);
            return {};
        },
        [field](T& item, const QVariant& value) { item.*field = ss(value.toString().trimmed()); });
}

template <typename T>
SectionColumn dateColumn(std::vector<T> CaseFile::*list, QString header, std::optional<Date> T::*field)
{
    return column(
        list, std::move(header), EditorKind::Date,
        [field](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return formatDate(item.*field);
            if (role == Qt::EditRole)
                return (item.*field) ? QVariant(toQDate(*(item.*field))) : QVariant(QDate());
            return {};
        },
        [field](T& item, const QVariant& value) { item.*field = toDate(value.toDate()); });
}

template <typename T, typename E>
SectionColumn enumColumn(std::vector<T> CaseFile::*list, QString header, E T::*field)
{
    SectionColumn c = column(
        list, std::move(header), EditorKind::Choice,
        [field](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return Labels::of(item.*field);
            if (role == Qt::EditRole)
                return qs(std::string(toString(item.*field)));
            return {};
        },
        [field](T& item, const QVariant& value) { item.*field = enumFrom<E>(value, item.*field); });
    c.choices = [](const CaseFile&) { return enumChoices<E>(); };
    return c;
}

template <typename T>
SectionColumn catalogueColumn(std::vector<T> CaseFile::*list, QString header, std::string T::*field,
                              const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, bool allowNone)
{
    SectionColumn c = column(
        list, std::move(header), EditorKind::Choice,
        [field, &catalogue, kind](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole)
                return (item.*field).empty() ? QString() : catalogueLabel(catalogue, kind, item.*field);
            if (role == Qt::EditRole)
                return qs(item.*field);
            return {};
        },
        [field](T& item, const QVariant& value) { item.*field = ss(value.toString()); });
    c.choices = [&catalogue, kind, allowNone](const CaseFile&) { return catalogueChoices(catalogue, kind, allowNone); };
    return c;
}

SectionColumn followUp(SectionColumn column)
{
    column.followUpOnly = true;
    return column;
}

template <typename T>
SectionTableModel::ListOps listOps(std::vector<T> CaseFile::*list, QString itemName, std::function<T()> make)
{
    SectionTableModel::ListOps ops;
    ops.itemName = std::move(itemName);
    ops.count = [list](const CaseFile& c) { return static_cast<int>((c.*list).size()); };
    ops.insert = [list, make](CaseFile& c, int row) { (c.*list).insert((c.*list).begin() + row, make()); };
    ops.remove = [list](CaseFile& c, int row) { (c.*list).erase((c.*list).begin() + row); };
    ops.move = [list](CaseFile& c, int from, int to) {
        auto& items = c.*list;
        T item = std::move(items[static_cast<size_t>(from)]);
        items.erase(items.begin() + from);
        items.insert(items.begin() + to, std::move(item));
    };
    return ops;
}

} // namespace

namespace CaseFileModels {

SectionTableModel* obstacles(CaseFileDocument& document, QObject* parent)
{
    auto ops = listOps<Obstacle>(&CaseFile::obstacles, Text::tr("obstacle"), [] {
        Obstacle o;
        o.description = ss(Text::tr("New obstacle"));
        return o;
    });
    // Removing an obstacle unlinks the plan steps that addressed it.
    ops.remove = [](CaseFile& c, int row) {
        const auto id = c.obstacles[static_cast<size_t>(row)].id;
        c.obstacles.erase(c.obstacles.begin() + row);
        for (PlanStep& s : c.plan)
            if (id != 0 && s.obstacleId == id)
                s.obstacleId.reset();
    };
    SectionColumn status = enumColumn(&CaseFile::obstacles, Text::tr("Status"), &Obstacle::status);
    // Marking an obstacle lifted dates it; reopening it clears the date.
    status.setData = [](CaseFile& c, int row, const QVariant& value) {
        Obstacle& o = c.obstacles[static_cast<size_t>(row)];
        o.status = enumFrom<ObstacleStatus>(value, o.status);
        if (o.status != ObstacleStatus::Lifted)
            o.liftedOn.reset();
    };
    return new SectionTableModel(document, ops,
                                 {enumColumn(&CaseFile::obstacles, Text::tr("Category"), &Obstacle::category),
                                  textColumn(&CaseFile::obstacles, Text::tr("Description"), &Obstacle::description),
                                  followUp(status),
                                  followUp(dateColumn(&CaseFile::obstacles, Text::tr("Identified on"), &Obstacle::identifiedOn)),
                                  followUp(dateColumn(&CaseFile::obstacles, Text::tr("Lifted on"), &Obstacle::liftedOn))},
                                 parent);
}

SectionTableModel* attitude(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<PostureItem>(&CaseFile::attitude, Text::tr("attitude item"), [] {
        PostureItem p;
        p.technique = "ecoute_active";
        p.label = ss(Text::tr("Active listening"));
        return p;
    });
    return new SectionTableModel(
        document, ops,
        {catalogueColumn(&CaseFile::attitude, Text::tr("Technique"), &PostureItem::technique, catalogue,
                         CatalogueKind::Technique, true),
         textColumn(&CaseFile::attitude, Text::tr("Posture"), &PostureItem::label),
         textColumn(&CaseFile::attitude, Text::tr("Guidance"), &PostureItem::guidance),
         textColumn(&CaseFile::attitude, Text::tr("Example phrase"), &PostureItem::examplePhrase)},
        parent);
}

SectionTableModel* tools(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<ToolUse>(&CaseFile::tools, Text::tr("tool"), [] {
        ToolUse t;
        t.label = ss(Text::tr("New tool"));
        return t;
    });
    return new SectionTableModel(
        document, ops,
        {catalogueColumn(&CaseFile::tools, Text::tr("Catalogue"), &ToolUse::tool, catalogue, CatalogueKind::Tool, true),
         textColumn(&CaseFile::tools, Text::tr("Tool or method"), &ToolUse::label),
         textColumn(&CaseFile::tools, Text::tr("Details"), &ToolUse::details)},
        parent);
}

SectionTableModel* referrals(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<Referral>(&CaseFile::referrals, Text::tr("referral"), [] {
        Referral r;
        r.partner = "france_travail";
        return r;
    });
    return new SectionTableModel(
        document, ops,
        {catalogueColumn(&CaseFile::referrals, Text::tr("Partner"), &Referral::partner, catalogue, CatalogueKind::Partner,
                         false),
         textColumn(&CaseFile::referrals, Text::tr("Purpose"), &Referral::purpose),
         followUp(enumColumn(&CaseFile::referrals, Text::tr("Status"), &Referral::status))},
        parent);
}

SectionTableModel* plan(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, const Date& today,
                        QObject* parent)
{
    auto ops = listOps<PlanStep>(&CaseFile::plan, Text::tr("plan step"), [] {
        PlanStep s;
        s.title = ss(Text::tr("New step"));
        return s;
    });
    SectionColumn title = textColumn(&CaseFile::plan, Text::tr("Step"), &PlanStep::title);
    const auto showTitle = title.data;
    // Overdue steps stand out: red and bold, with the reason in the tooltip.
    title.data = [showTitle, today](const CaseFile& c, int row, int role) -> QVariant {
        const PlanStep& step = c.plan[static_cast<size_t>(row)];
        if (step.isOverdue(today)) {
            if (role == Qt::ForegroundRole)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role == Qt::ToolTipRole)
                return Text::tr("Overdue since %1").arg(formatDate(step.dueDate));
        }
        return showTitle(c, row, role);
    };
    SectionColumn obstacle;
    obstacle.header = Text::tr("Obstacle addressed");
    obstacle.editor = EditorKind::Choice;
    obstacle.data = [](const CaseFile& c, int row, int role) -> QVariant {
        const PlanStep& step = c.plan[static_cast<size_t>(row)];
        if (role == Qt::EditRole)
            return step.obstacleId ? QVariant(static_cast<qlonglong>(*step.obstacleId)) : QVariant(qlonglong(0));
        if (role == Qt::DisplayRole && step.obstacleId)
            if (const Obstacle* o = c.findObstacle(*step.obstacleId))
                return qs(o->description);
        return {};
    };
    obstacle.setData = [](CaseFile& c, int row, const QVariant& value) {
        const qlonglong id = value.toLongLong();
        c.plan[static_cast<size_t>(row)].obstacleId = id > 0 ? std::optional<std::int64_t>(id) : std::nullopt;
    };
    // Only obstacles already saved have an id that a step can point to.
    obstacle.choices = [](const CaseFile& c) {
        QVariantList list{QVariantMap{{QStringLiteral("label"), Text::tr("(none)")}, {QStringLiteral("value"), qlonglong(0)}}};
        for (const Obstacle& o : c.obstacles)
            if (o.id != 0)
                list.append(QVariantMap{{QStringLiteral("label"), qs(o.description)},
                                        {QStringLiteral("value"), static_cast<qlonglong>(o.id)}});
        return list;
    };
    return new SectionTableModel(
        document, ops,
        {title, textColumn(&CaseFile::plan, Text::tr("Details"), &PlanStep::details),
         followUp(dateColumn(&CaseFile::plan, Text::tr("Due date"), &PlanStep::dueDate)),
         followUp(enumColumn(&CaseFile::plan, Text::tr("Status"), &PlanStep::status)),
         catalogueColumn(&CaseFile::plan, Text::tr("Partner"), &PlanStep::partner, catalogue, CatalogueKind::Partner, true),
         obstacle},
        parent);
}

SectionTableModel* indicators(CaseFileDocument& document, QObject* parent)
{
    auto ops = listOps<Indicator>(&CaseFile::indicators, Text::tr("indicator"), [] {
        Indicator i;
        i.label = ss(Text::tr("New indicator"));
        return i;
    });
    return new SectionTableModel(document, ops,
                                 {textColumn(&CaseFile::indicators, Text::tr("Indicator"), &Indicator::label),
                                  followUp(textColumn(&CaseFile::indicators, Text::tr("Target"), &Indicator::target)),
                                  followUp(textColumn(&CaseFile::indicators, Text::tr("Evaluation"), &Indicator::evaluation)),
                                  followUp(dateColumn(&CaseFile::indicators, Text::tr("Evaluated on"), &Indicator::evaluatedOn)),
                                  followUp(textColumn(&CaseFile::indicators, Text::tr("Evidence"), &Indicator::evidence))},
                                 parent);
}

SectionTableModel* adminAdvice(CaseFileDocument& document, QObject* parent)
{
    SectionTableModel::ListOps ops;
    ops.itemName = Text::tr("administrative advice");
    ops.count = [](const CaseFile& c) { return static_cast<int>(c.adminAdvice.size()); };
    ops.insert = [](CaseFile& c, int row) { c.adminAdvice.insert(c.adminAdvice.begin() + row, ss(Text::tr("New advice"))); };
    ops.remove = [](CaseFile& c, int row) { c.adminAdvice.erase(c.adminAdvice.begin() + row); };
    ops.move = [](CaseFile& c, int from, int to) {
        std::string item = c.adminAdvice[static_cast<size_t>(from)];
        c.adminAdvice.erase(c.adminAdvice.begin() + from);
        c.adminAdvice.insert(c.adminAdvice.begin() + to, item);
    };
    SectionColumn advice;
    advice.header = Text::tr("Administrative advice");
    advice.data = [](const CaseFile& c, int row, int role) -> QVariant {
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
            return qs(c.adminAdvice[static_cast<size_t>(row)]);
        return {};
    };
    advice.setData = [](CaseFile& c, int row, const QVariant& value) {
        const std::string text = ss(value.toString().trimmed());
        if (!text.empty())
            c.adminAdvice[static_cast<size_t>(row)] = text;
    };
    return new SectionTableModel(document, ops, {advice}, parent);
}

} // namespace CaseFileModels
