#include "common/RuleWords.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

#include <map>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RuleWords", text);
}

// The labels of the fields, as the screens name them (keys: the last one or two parts of a path).
QString labelOf(const QString& key)
{
    static const std::map<QString, const char*> labels = {
        {QStringLiteral("situation"), QT_TRANSLATE_NOOP("RuleWords", "Situation")},
        {QStringLiteral("problem_statement"), QT_TRANSLATE_NOOP("RuleWords", "Problem statement")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("RuleWords", "Description")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("RuleWords", "Title")},
        {QStringLiteral("details"), QT_TRANSLATE_NOOP("RuleWords", "Details")},
        {QStringLiteral("label"), QT_TRANSLATE_NOOP("RuleWords", "Label")},
        {QStringLiteral("guidance"), QT_TRANSLATE_NOOP("RuleWords", "Guidance")},
        {QStringLiteral("example_phrase"), QT_TRANSLATE_NOOP("RuleWords", "Example phrase")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("RuleWords", "Purpose")},
        {QStringLiteral("partner_name"), QT_TRANSLATE_NOOP("RuleWords", "Partner")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("RuleWords", "Target")},
        {QStringLiteral("evaluation"), QT_TRANSLATE_NOOP("RuleWords", "Evaluation")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("RuleWords", "Evidence")},
        {QStringLiteral("lifted_on"), QT_TRANSLATE_NOOP("RuleWords", "Lifted on")},
        {QStringLiteral("first_name"), QT_TRANSLATE_NOOP("RuleWords", "First name")},
        {QStringLiteral("last_name"), QT_TRANSLATE_NOOP("RuleWords", "Last name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("RuleWords", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("RuleWords", "E-mail")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("RuleWords", "Address")},
        {QStringLiteral("qualifications"), QT_TRANSLATE_NOOP("RuleWords", "Qualifications")},
        {QStringLiteral("experience"), QT_TRANSLATE_NOOP("RuleWords", "Experience")},
        {QStringLiteral("languages"), QT_TRANSLATE_NOOP("RuleWords", "Languages")},
        {QStringLiteral("resources"), QT_TRANSLATE_NOOP("RuleWords", "Resources")},
        {QStringLiteral("consent.information"), QT_TRANSLATE_NOOP("RuleWords", "Information given")},
        {QStringLiteral("consent.date"), QT_TRANSLATE_NOOP("RuleWords", "Consent date")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("RuleWords", "Note")},
        {QStringLiteral("self_assessment"), QT_TRANSLATE_NOOP("RuleWords", "Self-assessment")},
        {QStringLiteral("next_appointment"), QT_TRANSLATE_NOOP("RuleWords", "Next appointment")},
        {QStringLiteral("every.count"), QT_TRANSLATE_NOOP("RuleWords", "Rhythm")},
        {QStringLiteral("start"), QT_TRANSLATE_NOOP("RuleWords", "Time")},
        {QStringLiteral("duration_minutes"), QT_TRANSLATE_NOOP("RuleWords", "Duration")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("RuleWords", "Place")},
        {QStringLiteral("counsellor"), QT_TRANSLATE_NOOP("RuleWords", "Counsellor")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RuleWords", "Status")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("RuleWords", "Start of the pause")},
        {QStringLiteral("until"), QT_TRANSLATE_NOOP("RuleWords", "End of the pause")},
        {QStringLiteral("expected_end"), QT_TRANSLATE_NOOP("RuleWords", "Expected resumption")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("RuleWords", "Reason")},
        {QStringLiteral("resume.until"), QT_TRANSLATE_NOOP("RuleWords", "Resumption date")},
        {QStringLiteral("exit.date"), QT_TRANSLATE_NOOP("RuleWords", "Exit date")},
        {QStringLiteral("exit.reason"), QT_TRANSLATE_NOOP("RuleWords", "Exit reason")},
        {QStringLiteral("bilan"), QT_TRANSLATE_NOOP("RuleWords", "Bilan")},
        {QStringLiteral("bilan.text"), QT_TRANSLATE_NOOP("RuleWords", "Bilan")},
        {QStringLiteral("entry_date"), QT_TRANSLATE_NOOP("RuleWords", "Entry date")},
        {QStringLiteral("programme"), QT_TRANSLATE_NOOP("RuleWords", "Programme")},
        {QStringLiteral("prescriber_organisation"), QT_TRANSLATE_NOOP("RuleWords", "Prescriber")},
        {QStringLiteral("prescriber_name"), QT_TRANSLATE_NOOP("RuleWords", "Prescriber's name")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("RuleWords", "Code")},
        {QStringLiteral("max_months"), QT_TRANSLATE_NOOP("RuleWords", "Maximum length")},
        {QStringLiteral("login"), QT_TRANSLATE_NOOP("RuleWords", "Login")},
        {QStringLiteral("password"), QT_TRANSLATE_NOOP("RuleWords", "Password")},
        {QStringLiteral("display_name"), QT_TRANSLATE_NOOP("RuleWords", "Name")},
        {QStringLiteral("current_password"), QT_TRANSLATE_NOOP("RuleWords", "Current password")},
        {QStringLiteral("lock_after_minutes"), QT_TRANSLATE_NOOP("RuleWords", "Locking delay")},
        {QStringLiteral("letterhead.name"), QT_TRANSLATE_NOOP("RuleWords", "Name of the structure")},
        {QStringLiteral("letterhead.address"), QT_TRANSLATE_NOOP("RuleWords", "Address")},
        {QStringLiteral("letterhead.phone"), QT_TRANSLATE_NOOP("RuleWords", "Phone")},
        {QStringLiteral("letterhead.footer"), QT_TRANSLATE_NOOP("RuleWords", "Footer line")},
        {QStringLiteral("letterhead.bring"), QT_TRANSLATE_NOOP("RuleWords", "What to bring")},
        {QStringLiteral("letterhead.logo"), QT_TRANSLATE_NOOP("RuleWords", "Logo")},
    };
    const auto found = labels.find(key);
    return found == labels.end() ? QString() : tr(found->second);
}

// A day the domain wrote as 2026-01-02, as the person reads days.
QString valueOf(const std::string& value)
{
    const QString text = QString::fromStdString(value);
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return QLocale().toString(day, QLocale::ShortFormat);
    return text;
}

} // namespace

namespace RuleWords {

QString fieldOf(const std::string& path)
{
    static const QRegularExpression indices(QStringLiteral("\\[\\d+\\]"));
    const QStringList parts = QString::fromStdString(path).remove(indices).split(QLatin1Char('.'));
    if (parts.size() >= 2)
        if (QString label = labelOf(parts[parts.size() - 2] + QLatin1Char('.') + parts.last()); !label.isEmpty())
            return label;
    return labelOf(parts.last());
}

QString ruleOf(const std::string& rule)
{
    return QCoreApplication::translate("trame::rules", rule.c_str());
}

QString of(const trame::Error& error)
{
    if (error.rule.empty())
        return {};
    QString words = ruleOf(error.rule);
    for (std::size_t i = 0; i < error.args.size(); ++i)
        words.replace(QStringLiteral("{%1}").arg(i + 1), valueOf(error.args[i]));
    const QString field = fieldOf(error.path);
    return field.isEmpty() ? words : tr("%1: %2").arg(field, words);
}

} // namespace RuleWords
