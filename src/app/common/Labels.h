#pragma once

#include "domain/Appointment.h"
#include "domain/Audit.h"
#include "domain/DueWork.h"
#include "domain/Enums.h"
#include "domain/SupportPeriod.h"

#include <QCoreApplication>
#include <QString>

// The words the interface shows for the domain's enumerations, translated.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString of(trame::Civility value);
    static QString of(trame::BeneficiaryStatus value);
    static QString of(trame::ObstacleCategory value);
    static QString of(trame::ObstacleStatus value);
    static QString of(trame::StepStatus value);
    static QString of(trame::ReferralStatus value);
    static QString of(trame::ReviewState value);
    static QString of(trame::ItemStatus value);
    static QString of(trame::Role value);
    static QString of(trame::CaseSection value);
    static QString of(trame::AuditAction value);
    // The kind of record an audit entry names ("beneficiary", "account"...).
    static QString ofRecordKind(const std::string& kind);
    static QString of(trame::IntervalUnit value, int count);
    static QString of(trame::FseSituation value);
    static QString of(trame::IaeExitCategory value);
    static QString of(trame::AppointmentKind value);
    static QString of(trame::AppointmentStatus value);
    // The status as of `now`: a past appointment never qualified asks whether the person came.
    static QString statusAt(const trame::Appointment& appointment, const trame::LocalTime& now);
    static QString of(trame::DueKind value);
};
