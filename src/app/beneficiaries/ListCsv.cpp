#include "beneficiaries/ListCsv.h"

#include "common/Conversions.h"
#include "common/Labels.h"
#include "domain/Csv.h"
#include "periods/PeriodText.h"

QByteArray ListCsv::of(const std::vector<trame::BeneficiarySummary>& rows)
{
    const auto text = [](const QString& value) { return ss(value); };
    std::string csv = "\xEF\xBB\xBF"; // UTF-8's byte order mark: the spreadsheet then reads accents right
    csv += trame::csvLine({text(tr("Case file no.")), text(tr("Civility")), text(tr("Last name")),
                           text(tr("First name")), text(tr("Status")), text(tr("Counsellor")),
                           text(tr("Next appointment")), text(tr("Late")), text(tr("Alerts"))});
    for (const trame::BeneficiarySummary& row : rows)
        csv += trame::csvLine({std::to_string(row.id), text(Labels::of(row.civility)), row.lastName, row.firstName,
                               text(Labels::of(row.status)), row.counsellor, text(formatDate(row.nextAppointment)),
                               text(row.overdue ? tr("yes") : tr("no")), text(PeriodText::alertSummary(row.alerts))});
    return QByteArray::fromStdString(csv);
}
