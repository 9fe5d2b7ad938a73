#include "storage/RecordLoader.h"

#include "storage/AppointmentRepository.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/InterviewRepository.h"
#include "storage/PeriodRepository.h"

namespace trame::storage {

Result<BeneficiaryRecord> loadRecord(const Database& db, std::int64_t id)
{
    BeneficiaryRecord record;
    auto person = BeneficiaryRepository(db).get(id);
    if (!person)
        return person.error();
    record.person = std::move(person).value();
    auto caseFile = CaseFileRepository(db).load(id);
    if (!caseFile)
        return caseFile.error();
    record.caseFile = std::move(caseFile).value();
    auto interviews = InterviewRepository(db).forBeneficiary(id);
    if (!interviews)
        return interviews.error();
    record.interviews = std::move(interviews).value();
    auto periods = PeriodRepository(db).periodsOf(id);
    if (!periods)
        return periods.error();
    record.periods = std::move(periods).value();
    auto appointments = AppointmentRepository(db).forBeneficiary(id);
    if (!appointments)
        return appointments.error();
    record.appointments = std::move(appointments).value();
    return record;
}

} // namespace trame::storage
