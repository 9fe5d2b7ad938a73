// Version 9, appointments: the table in each dialect, side by side, so that one is not changed
// without the other.
#include "storage/Migrator.h"

namespace trame::storage {

// Times are the office's wall clock (a day and minutes after midnight), as booked. The indexes
// serve a counsellor's agenda (a week of one counsellor), a person's list, and the interview an
// appointment is linked to (set to NULL when that interview is deleted).
const char* appointmentsSql()
{
    return R"sql(
CREATE TABLE appointments (
    id               INTEGER PRIMARY KEY,
    beneficiary_id   INTEGER NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    day              TEXT NOT NULL,
    start_minute     INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes INTEGER NOT NULL,
    kind             TEXT NOT NULL,
    place            TEXT NOT NULL DEFAULT '',
    counsellor       TEXT NOT NULL,
    status           TEXT NOT NULL DEFAULT 'unknown',
    note             TEXT NOT NULL DEFAULT '',
    interview_id     INTEGER REFERENCES interviews(id) ON DELETE SET NULL,
    version          INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE INDEX appointments_by_counsellor ON appointments(counsellor, day, start_minute);
CREATE INDEX appointments_by_beneficiary ON appointments(beneficiary_id, day, start_minute);
CREATE INDEX appointments_by_interview ON appointments(interview_id) WHERE interview_id IS NOT NULL;
)sql";
}

const char* serverAppointmentsSql()
{
    return R"sql(
CREATE TABLE appointments (
    id               BIGINT PRIMARY KEY,
    beneficiary_id   BIGINT NOT NULL REFERENCES beneficiaries(id) ON DELETE CASCADE,
    day              TEXT COLLATE "C" NOT NULL,
    start_minute     BIGINT NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes BIGINT NOT NULL,
    kind             TEXT COLLATE "C" NOT NULL,
    place            TEXT COLLATE "C" NOT NULL DEFAULT '',
    counsellor       TEXT COLLATE "C" NOT NULL,
    status           TEXT COLLATE "C" NOT NULL DEFAULT 'unknown',
    note             TEXT COLLATE "C" NOT NULL DEFAULT '',
    interview_id     BIGINT REFERENCES interviews(id) ON DELETE SET NULL,
    version          BIGINT NOT NULL DEFAULT 1
);
CREATE INDEX appointments_by_counsellor ON appointments(counsellor, day, start_minute);
CREATE INDEX appointments_by_beneficiary ON appointments(beneficiary_id, day, start_minute);
CREATE INDEX appointments_by_interview ON appointments(interview_id) WHERE interview_id IS NOT NULL;
CREATE TRIGGER appointments_id BEFORE INSERT ON appointments FOR EACH ROW EXECUTE FUNCTION trame_next_id();
CREATE TRIGGER appointments_notify AFTER INSERT OR UPDATE OR DELETE ON appointments
    FOR EACH ROW EXECUTE FUNCTION trame_notify_change('beneficiary_id');
)sql";
}

} // namespace trame::storage
