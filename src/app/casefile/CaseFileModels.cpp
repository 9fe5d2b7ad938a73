#include "casefile/CaseFileModels.h"

#include "casefile/CaseFileDocument.h"
#include "common/Conversions.h"
#include "common/Labels.h"
#include "common/Tones.h"
#include "domain/CaseFileRules.h"

#include <QApplication>
#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QStyle>

using namespace trame;

namespace {

// Translations of this file share the context "CaseFileModels".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(CaseFileModels)
};

// Choices for a combo box: every enumerator with its label.
template <typename E> QVariantList enumChoices()
{
    QVariantList list;
    for (E value : allEnumerators<E>())
        list.append(QVariantMap{{QStringLiteral("label"), Labels::of(value)},
                                {QStringLiteral("value"), qs(std::string(toString(value)))}});
    return list;
}

template <typename E> E enumFrom(const QVariant& value, E fallback)
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

// A plain text field: shown and edited as text, kept as typed (the store trims it).
template <typename T>
SectionColumn textColumn(std::vector<T> CaseFile::*list, QString header, std::string T::*field,
                         QString placeholder = {})
{
    SectionColumn c = column(
        list, std::move(header), EditorKind::Text,
        [field](const T& item, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole)
                return qs(item.*field);
            return {};
        },
        [field](T& item, const QVariant& value) { item.*field = ss(value.toString()); });
    c.placeholder = std::move(placeholder);
    return c;
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

template <typename T, typename E> SectionColumn enumColumn(std::vector<T> CaseFile::*list, QString header, E T::*field)
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

// A partner picked from the catalogue or typed by name (a partner of the structure's own).
template <typename T>
SectionColumn partnerColumn(std::vector<T> CaseFile::*list, QString header,
                            const std::vector<CatalogueEntry>& catalogue, bool required)
{
    SectionColumn c = column(
        list, std::move(header), EditorKind::FreeChoice,
        [&catalogue](const T& item, int role) -> QVariant {
            if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
                return {};
            if (!item.partner.empty())
                return catalogueLabel(catalogue, CatalogueKind::Partner, item.partner);
            return qs(item.partnerName);
        },
        [&catalogue](T& item, const QVariant& value) {
            const rules::PartnerChoice choice = rules::choosePartner(ss(value.toString()), catalogue);
            item.partner = choice.key;
            item.partnerName = choice.name;
        });
    c.choices = [&catalogue](const CaseFile&) { return catalogueChoices(catalogue, CatalogueKind::Partner, false); };
    if (required)
        c.placeholder = Text::tr("Partner (from the list or typed)");
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

SectionTableModel* obstacles(CaseFileDocument& document, const Date& today, QObject* parent)
{
    auto ops = listOps<Obstacle>(&CaseFile::obstacles, Text::tr("obstacle"), [today] {
        Obstacle o;
        o.identifiedOn = today;
        return o;
    });
    ops.firstColumn = 1;
    ops.remove = [](CaseFile& c, int row) { rules::removeObstacle(c, static_cast<std::size_t>(row)); };
    SectionColumn status = enumColumn(&CaseFile::obstacles, Text::tr("Status"), &Obstacle::status);
    status.setData = [today](CaseFile& c, int row, const QVariant& value) {
        Obstacle& o = c.obstacles[static_cast<size_t>(row)];
        rules::setObstacleStatus(o, enumFrom<ObstacleStatus>(value, o.status), today);
    };
    return new SectionTableModel(
        document, ops,
        {enumColumn(&CaseFile::obstacles, Text::tr("Category"), &Obstacle::category),
         textColumn(&CaseFile::obstacles, Text::tr("Description"), &Obstacle::description,
                    Text::tr("New obstacle: describe it")),
         followUp(status),
         followUp(dateColumn(&CaseFile::obstacles, Text::tr("Identified on"), &Obstacle::identifiedOn)),
         followUp(dateColumn(&CaseFile::obstacles, Text::tr("Lifted on"), &Obstacle::liftedOn))},
        parent);
}

SectionTableModel* attitude(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<PostureItem>(&CaseFile::attitude, Text::tr("attitude item"), [] { return PostureItem{}; });
    ops.firstColumn = 1;
    SectionColumn technique = catalogueColumn(&CaseFile::attitude, Text::tr("Technique"), &PostureItem::technique,
                                              catalogue, CatalogueKind::Technique, true);
    technique.setData = [&catalogue](CaseFile& c, int row, const QVariant& value) {
        rules::chooseTechnique(c.attitude[static_cast<size_t>(row)], ss(value.toString()), catalogue);
    };
    return new SectionTableModel(
        document, ops,
        {technique,
         textColumn(&CaseFile::attitude, Text::tr("Posture"), &PostureItem::label,
                    Text::tr("New posture: name it, or choose a technique")),
         textColumn(&CaseFile::attitude, Text::tr("Guidance"), &PostureItem::guidance),
         textColumn(&CaseFile::attitude, Text::tr("Example phrase"), &PostureItem::examplePhrase)},
        parent);
}

SectionTableModel* tools(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<ToolUse>(&CaseFile::tools, Text::tr("tool"), [] { return ToolUse{}; });
    ops.firstColumn = 1;
    SectionColumn fromCatalogue =
        catalogueColumn(&CaseFile::tools, Text::tr("Catalogue"), &ToolUse::tool, catalogue, CatalogueKind::Tool, true);
    fromCatalogue.setData = [&catalogue](CaseFile& c, int row, const QVariant& value) {
        rules::chooseTool(c.tools[static_cast<size_t>(row)], ss(value.toString()), catalogue);
    };
    return new SectionTableModel(document, ops,
                                 {fromCatalogue,
                                  textColumn(&CaseFile::tools, Text::tr("Tool or method"), &ToolUse::label,
                                             Text::tr("New tool: name it, or choose it in the catalogue")),
                                  textColumn(&CaseFile::tools, Text::tr("Details"), &ToolUse::details)},
                                 parent);
}

SectionTableModel* referrals(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, QObject* parent)
{
    auto ops = listOps<Referral>(&CaseFile::referrals, Text::tr("referral"), [] { return Referral{}; });
    return new SectionTableModel(document, ops,
                                 {partnerColumn(&CaseFile::referrals, Text::tr("Partner"), catalogue, true),
                                  textColumn(&CaseFile::referrals, Text::tr("Purpose"), &Referral::purpose),
                                  followUp(enumColumn(&CaseFile::referrals, Text::tr("Status"), &Referral::status))},
                                 parent);
}

SectionTableModel* plan(CaseFileDocument& document, const std::vector<CatalogueEntry>& catalogue, const Date& today,
                        QObject* parent)
{
    auto ops = listOps<PlanStep>(&CaseFile::plan, Text::tr("plan step"), [] { return PlanStep{}; });
    SectionColumn title =
        textColumn(&CaseFile::plan, Text::tr("Step"), &PlanStep::title, Text::tr("New step: what is to be done"));
    const auto showTitle = title.data;
    // Overdue steps stand out: red, bold and a warning sign, with the reason in the tooltip and for a
    // screen reader.
    title.data = [showTitle, today](const CaseFile& c, int row, int role) -> QVariant {
        const PlanStep& step = c.plan[static_cast<size_t>(row)];
        if (step.isOverdue(today)) {
            if (role == Qt::ForegroundRole)
                return QBrush(Tones::alert());
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role == Qt::ToolTipRole || role == Qt::AccessibleDescriptionRole)
                return Text::tr("Overdue since %1").arg(formatDate(step.dueDate));
            if (role == Qt::DecorationRole)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
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
        QVariantList list{
            QVariantMap{{QStringLiteral("label"), Text::tr("(none)")}, {QStringLiteral("value"), qlonglong(0)}}};
        for (const Obstacle& o : c.obstacles)
            if (o.id != 0)
                list.append(QVariantMap{{QStringLiteral("label"), qs(o.description)},
                                        {QStringLiteral("value"), static_cast<qlonglong>(o.id)}});
        return list;
    };
    return new SectionTableModel(document, ops,
                                 {title, textColumn(&CaseFile::plan, Text::tr("Details"), &PlanStep::details),
                                  followUp(dateColumn(&CaseFile::plan, Text::tr("Due date"), &PlanStep::dueDate)),
                                  followUp(enumColumn(&CaseFile::plan, Text::tr("Status"), &PlanStep::status)),
                                  partnerColumn(&CaseFile::plan, Text::tr("Partner"), catalogue, false), obstacle},
                                 parent);
}

SectionTableModel* indicators(CaseFileDocument& document, QObject* parent)
{
    auto ops = listOps<Indicator>(&CaseFile::indicators, Text::tr("indicator"), [] { return Indicator{}; });
    return new SectionTableModel(
        document, ops,
        {textColumn(&CaseFile::indicators, Text::tr("Indicator"), &Indicator::label,
                    Text::tr("New indicator: how success will show")),
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
    ops.insert = [](CaseFile& c, int row) { c.adminAdvice.insert(c.adminAdvice.begin() + row, std::string()); };
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
        c.adminAdvice[static_cast<size_t>(row)] = ss(value.toString());
    };
    advice.placeholder = Text::tr("New advice: a step to take, a right to check");
    return new SectionTableModel(document, ops, {advice}, parent);
}

} // namespace CaseFileModels
