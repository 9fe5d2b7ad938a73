#include "documents/Wording.h"

#include <QStringList>

namespace trame::documents::wording {

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QString date(const Date& day)
{
    static const char* const months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                         "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    const QString dayNumber = day.day() == 1 ? QStringLiteral("1er") : QString::number(day.day());
    return QStringLiteral("%1 %2 %3").arg(dayNumber, QString::fromUtf8(months[day.month() - 1])).arg(day.year());
}

QString weekdayDate(const Date& day)
{
    static const char* const weekdays[] = {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"};
    const unsigned weekday = std::chrono::weekday(day.days()).c_encoding();
    return QString::fromUtf8(weekdays[weekday]) + QLatin1Char(' ') + date(day);
}

QString clock(int minute)
{
    const int m = minute % 60;
    return m == 0 ? QStringLiteral("%1 h").arg(minute / 60)
                  : QStringLiteral("%1 h %2").arg(minute / 60).arg(m, 2, 10, QLatin1Char('0'));
}

QString appointmentWhen(const Appointment& a)
{
    return QStringLiteral("%1 à %2 (%3 min)")
        .arg(weekdayDate(a.start.day), clock(a.start.minute))
        .arg(a.durationMinutes);
}

QString civility(Civility civility)
{
    switch (civility) {
    case Civility::Mme: return QStringLiteral("Mme");
    case Civility::M: return QStringLiteral("M.");
    case Civility::Unspecified: return {};
    }
    return {};
}

QString person(const Beneficiary& p)
{
    QStringList parts;
    for (const QString& part : {civility(p.civility), q(p.firstName), q(p.lastName)})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QLatin1Char(' '));
}

QString label(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, const std::string& key)
{
    for (const CatalogueEntry& entry : catalogue)
        if (entry.kind == kind && entry.key == key)
            return q(entry.label);
    return q(key);
}

QString obstacleCategory(const std::vector<CatalogueEntry>& catalogue, ObstacleCategory category)
{
    return label(catalogue, CatalogueKind::ObstacleCategory, std::string(toString(category)));
}

QString partnerOf(const std::vector<CatalogueEntry>& catalogue, const std::string& key, const std::string& name)
{
    return key.empty() ? q(name) : label(catalogue, CatalogueKind::Partner, key);
}

namespace {
const TemplateItem* findItem(const std::vector<TemplateItem>& items, const std::string& key)
{
    for (const TemplateItem& item : items) {
        if (item.key == key)
            return &item;
        if (const TemplateItem* child = findItem(item.children, key))
            return child;
    }
    return nullptr;
}
} // namespace

QString templateItem(const std::vector<InterviewTemplate>& templates, int version, const std::string& key)
{
    for (const InterviewTemplate& t : templates)
        if (t.version == version)
            if (const TemplateItem* item = findItem(t.items, key))
                return q(item->label);
    return q(key);
}

QString programme(const std::vector<Programme>& programmes, const std::string& code)
{
    for (const Programme& p : programmes)
        if (p.code == code)
            return q(p.label);
    return q(code);
}

QString exitReason(const std::vector<ExitReason>& reasons, const std::string& code)
{
    for (const ExitReason& r : reasons)
        if (r.code == code)
            return q(r.label);
    return q(code);
}

QString periodSpan(const SupportPeriod& period)
{
    if (period.exit)
        return QStringLiteral("du %1 au %2").arg(date(period.entryDate), date(period.exit->date));
    return QStringLiteral("depuis le %1").arg(date(period.entryDate));
}

QString obstacleStatus(ObstacleStatus status)
{
    switch (status) {
    case ObstacleStatus::Identified: return QStringLiteral("repéré");
    case ObstacleStatus::BeingAddressed: return QStringLiteral("en cours de levée");
    case ObstacleStatus::Lifted: return QStringLiteral("levé");
    }
    return {};
}

QString stepStatus(StepStatus status)
{
    switch (status) {
    case StepStatus::Planned: return QStringLiteral("prévue");
    case StepStatus::InProgress: return QStringLiteral("en cours");
    case StepStatus::Standby: return QStringLiteral("en attente");
    case StepStatus::Done: return QStringLiteral("réalisée");
    case StepStatus::Abandoned: return QStringLiteral("abandonnée");
    case StepStatus::Cancelled: return QStringLiteral("annulée");
    }
    return {};
}

QString referralStatus(ReferralStatus status)
{
    switch (status) {
    case ReferralStatus::Proposed: return QStringLiteral("orientation proposée");
    case ReferralStatus::Contacted: return QStringLiteral("contact pris");
    case ReferralStatus::InProgress: return QStringLiteral("orientation en cours");
    case ReferralStatus::Done: return QStringLiteral("orientation faite");
    case ReferralStatus::Declined: return QStringLiteral("orientation refusée");
    }
    return {};
}

QString itemStatus(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted: return QStringLiteral("pas commencé");
    case ItemStatus::InProgress: return QStringLiteral("en cours");
    case ItemStatus::Done: return QStringLiteral("fait");
    case ItemStatus::NotApplicable: return QStringLiteral("sans objet");
    }
    return {};
}

QString reviewState(ReviewState state)
{
    switch (state) {
    case ReviewState::Draft: return QStringLiteral("brouillon");
    case ReviewState::Submitted: return QStringLiteral("soumis à validation");
    case ReviewState::ChangesRequested: return QStringLiteral("modifications demandées");
    case ReviewState::Validated: return QStringLiteral("validé");
    }
    return {};
}

QString section(CaseSection section)
{
    switch (section) {
    case CaseSection::Situation: return QStringLiteral("Situation");
    case CaseSection::Attitude: return QStringLiteral("Attitude à adopter");
    case CaseSection::Methods: return QStringLiteral("Méthodes et outils");
    case CaseSection::Plan: return QStringLiteral("Plan d’action");
    case CaseSection::Indicators: return QStringLiteral("Indicateurs");
    case CaseSection::FollowUp: return QStringLiteral("Suivi");
    }
    return {};
}

QString appointmentKind(AppointmentKind kind)
{
    switch (kind) {
    case AppointmentKind::OnSite: return QStringLiteral("sur place");
    case AppointmentKind::Phone: return QStringLiteral("par téléphone");
    case AppointmentKind::Video: return QStringLiteral("en visioconférence");
    case AppointmentKind::Workshop: return QStringLiteral("atelier collectif");
    case AppointmentKind::PartnerMeeting: return QStringLiteral("chez un partenaire");
    }
    return {};
}

QString appointmentStatus(AppointmentStatus status)
{
    switch (status) {
    case AppointmentStatus::Planned: return QStringLiteral("prévu");
    case AppointmentStatus::Honoured: return QStringLiteral("honoré");
    case AppointmentStatus::Excused: return QStringLiteral("excusé");
    case AppointmentStatus::NoShow: return QStringLiteral("absence non excusée");
    case AppointmentStatus::CancelledByStructure: return QStringLiteral("annulé par la structure");
    }
    return {};
}

QString fseSituation(FseSituation situation)
{
    switch (situation) {
    case FseSituation::Employed: return QStringLiteral("en emploi");
    case FseSituation::JobSeeking: return QStringLiteral("en recherche d’emploi");
    case FseSituation::InTraining: return QStringLiteral("en formation");
    case FseSituation::Inactive: return QStringLiteral("inactif");
    }
    return {};
}

QString rhythm(const FollowUpRhythm& r)
{
    const int n = r.interval.count;
    QString every;
    switch (r.interval.unit) {
    case IntervalUnit::Day:
        every = n == 1 ? QStringLiteral("chaque jour") : QStringLiteral("tous les %1 jours").arg(n);
        break;
    case IntervalUnit::Week:
        every = n == 1 ? QStringLiteral("chaque semaine") : QStringLiteral("toutes les %1 semaines").arg(n);
        break;
    case IntervalUnit::Month:
        every = n == 1 ? QStringLiteral("chaque mois") : QStringLiteral("tous les %1 mois").arg(n);
        break;
    }
    if (r.kind == RhythmKind::OnceAfter) {
        const QString unit =
            r.interval.unit == IntervalUnit::Day    ? (n == 1 ? QStringLiteral("jour") : QStringLiteral("jours"))
            : r.interval.unit == IntervalUnit::Week ? (n == 1 ? QStringLiteral("semaine") : QStringLiteral("semaines"))
                                                    : QStringLiteral("mois");
        return QStringLiteral("une fois, %1 %2 après %3").arg(n).arg(unit, q(r.afterEvent));
    }
    return every;
}

QString rhythmWithLabel(const FollowUpRhythm& r)
{
    const QString computed = rhythm(r);
    return r.label.empty() || q(r.label) == computed ? computed : QStringLiteral("%1 (%2)").arg(computed, q(r.label));
}

QString quoted(const QString& phrase)
{
    if (phrase.isEmpty() || phrase.startsWith(QStringLiteral("«")) || phrase.startsWith(QLatin1Char('"')))
        return phrase;
    return QStringLiteral("« %1 »").arg(phrase);
}

} // namespace trame::documents::wording
