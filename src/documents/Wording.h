#pragma once

#include "domain/Appointment.h"
#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"
#include "domain/Reference.h"
#include "domain/Review.h"
#include "domain/SupportPeriod.h"

#include <QString>

#include <vector>

// How documents word Trame's values in French. Documents are French whatever the language of the
// interface that printed them: they are handed to French-speaking people and filed.
namespace trame::documents::wording {

QString q(const std::string& text);

// « 4 décembre 2026 », « jeudi 10 décembre 2026 », « 9 h 30 ».
QString date(const Date& day);
QString weekdayDate(const Date& day);
QString clock(int minute);
// « jeudi 10 décembre 2026 à 9 h 30 (45 min) ».
QString appointmentWhen(const Appointment& appointment);

QString civility(Civility civility);
// « Mme Nadia Benali ».
QString person(const Beneficiary& person);

// The catalogue's label for `key`, or the key itself when the catalogue does not know it.
QString label(const std::vector<CatalogueEntry>& catalogue, CatalogueKind kind, const std::string& key);
QString obstacleCategory(const std::vector<CatalogueEntry>& catalogue, ObstacleCategory category);
QString partnerOf(const std::vector<CatalogueEntry>& catalogue, const std::string& key, const std::string& name);
// An Annexe 1 item's label in the template version the interview was held on.
QString templateItem(const std::vector<InterviewTemplate>& templates, int version, const std::string& key);

// A programme's and an exit reason's label, or the code when the referential lost it.
QString programme(const std::vector<Programme>& programmes, const std::string& code);
QString exitReason(const std::vector<ExitReason>& reasons, const std::string& code);
// « du 3 mars 2025 au 4 décembre 2026 », « depuis le 3 mars 2025 ».
QString periodSpan(const SupportPeriod& period);

QString obstacleStatus(ObstacleStatus status);
QString stepStatus(StepStatus status);
QString referralStatus(ReferralStatus status);
QString itemStatus(ItemStatus status);
QString reviewState(ReviewState state);
QString section(CaseSection section);
QString appointmentKind(AppointmentKind kind);
QString appointmentStatus(AppointmentStatus status);
QString fseSituation(FseSituation situation);
// The rhythm as a phrase that fits a sentence: « toutes les 2 semaines », « chaque mois »; and
// followed by the counsellor's own word when there is one: « toutes les 2 semaines (bimensuel) ».
QString rhythm(const FollowUpRhythm& rhythm);
QString rhythmWithLabel(const FollowUpRhythm& rhythm);

// A phrase to say, between French quotes unless it already has them.
QString quoted(const QString& phrase);

} // namespace trame::documents::wording
