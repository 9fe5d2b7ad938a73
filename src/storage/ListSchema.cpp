// Version 10, the beneficiary list's orders: the same SQL in both dialects.
#include "storage/Migrator.h"

namespace trame::storage {

// Sorted by status or by counsellor, the list's first page is read from an index in that order,
// names breaking ties, as it is by name. The counsellor's index also serves a counsellor's own
// list (their login, then names): it replaces the one on the counsellor alone.
const char* listOrdersSql()
{
    return R"sql(
DROP INDEX beneficiaries_by_counsellor;
CREATE INDEX beneficiaries_by_counsellor ON beneficiaries(counsellor, last_name, first_name);
CREATE INDEX beneficiaries_by_status ON beneficiaries(status, last_name, first_name);
)sql";
}

} // namespace trame::storage
