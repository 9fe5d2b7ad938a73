#include "services/Exchange.h"

#include "domain/Document.h"
#include "services/Workspace.h"
#include "storage/BeneficiaryRepository.h"
#include "storage/CaseFileRepository.h"
#include "storage/Database.h"
#include "storage/InterviewRepository.h"
#include "storage/RecordLoader.h"
#include "storage/ReferenceRepository.h"
#include "storage/Transaction.h"

namespace trame::services {

namespace {

// Re-labels a storage error with the path of the record that caused it.
Error at(const std::string& path, Error error)
{
    if (error.kind == ErrorKind::Conflict)
        error.kind = ErrorKind::Invalid; // an id taken in this file is a problem of the input
    error.path = error.path.empty() ? path : path + "." + error.path;
    return error;
}

Status importRecord(storage::Database& db, BeneficiaryRecord& record, const std::string& path)
{
    if (auto inserted = storage::BeneficiaryRepository(db).insert(record.person); !inserted)
        return at(path, inserted.error());
    if (auto inserted = storage::CaseFileRepository(db).insert(record.caseFile); !inserted)
        return at(path + ".case_file", inserted.error());
    for (std::size_t i = 0; i < record.interviews.size(); ++i)
        if (auto inserted = storage::InterviewRepository(db).insert(record.interviews[i]); !inserted)
            return at(path + ".interviews[" + std::to_string(i) + "]", inserted.error());
    return Ok{};
}

} // namespace

Result<std::string> exportDocument(Workspace& workspace, const ExportOptions& options)
{
    auto doc = collectDocument(workspace, options);
    if (!doc)
        return doc.error();
    return serializeDocument(*doc);
}

Result<Document> collectDocument(Workspace& workspace, const ExportOptions& options)
{
    storage::Database& db = workspace.database();
    Document doc;
    if (options.beneficiaries) {
        std::vector<std::int64_t> ids;
        if (options.beneficiary) {
            ids = {*options.beneficiary};
        } else {
            auto all = storage::BeneficiaryRepository(db).allIds();
            if (!all)
                return all.error();
            ids = std::move(all).value();
        }
        for (const std::int64_t id : ids) {
            auto record = storage::loadRecord(db, id);
            if (!record)
                return record.error();
            doc.beneficiaries.push_back(std::move(record).value());
        }
    }
    if (options.references) {
        auto references = storage::ReferenceRepository(db).load();
        if (!references)
            return references.error();
        doc.references = std::move(references).value();
    }
    return doc;
}

Result<ImportSummary> importDocument(Workspace& workspace, std::string_view text)
{
    storage::Database& db = workspace.database();
    auto templates = storage::ReferenceRepository(db).templates();
    if (!templates)
        return templates.error();
    auto parsed = parseDocument(text, *templates);
    if (!parsed)
        return parsed.error();
    Document& doc = *parsed;

    ImportSummary summary;
    const Status written = storage::inTransaction(db, [&]() -> Status {
        for (std::size_t i = 0; i < doc.beneficiaries.size(); ++i) {
            if (Status status = importRecord(db, doc.beneficiaries[i], "beneficiaries[" + std::to_string(i) + "]"); !status)
                return status;
            summary.interviews += doc.beneficiaries[i].interviews.size();
        }
        summary.beneficiaries = doc.beneficiaries.size();
        if (doc.references) {
            storage::ReferenceRepository references(db);
            auto stored = references.seedVersion();
            if (!stored)
                return stored.error();
            if (doc.references->seedVersion > *stored) {
                if (Status replaced = references.replace(*doc.references); !replaced)
                    return at("references", replaced.error());
                summary.referencesUpdated = true;
            }
        }
        return Ok{};
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace trame::services
