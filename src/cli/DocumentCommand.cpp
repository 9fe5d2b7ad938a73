// trame-cli document: the documents Trame prints, as PDF files.
#include "cli/CliApp.h"

#include "cli/FileIo.h"
#include "documents/DocumentFiles.h"
#include "services/Documents.h"
#include "services/Maintenance.h"

namespace trame::cli {

int CliApp::documentCommand(const ParsedArgs& args)
{
    if (args.positionals.size() > 2)
        return usageError("document takes one kind of document; '" + args.positionals[2] + "' is not expected");
    if (args.positionals.size() != 2)
        return usageError("document takes the kind of document: plan, interview, casefile, convocation, bilan or "
                          "reference");
    const std::string& kindName = args.positionals[1];
    if (kindName == "reference")
        return referenceDocument(args);
    const auto kind = parseEnum<DocumentKind>(kindName);
    if (!kind)
        return usageError("no document is called '" + kindName +
                          "': plan, interview, casefile, convocation, bilan or reference");
    const auto beneficiary = args.value("beneficiary");
    const auto output = args.value("output");
    if (!beneficiary || !output)
        return usageError("document " + kindName + " needs --beneficiary ID and -o FILE.pdf");
    const auto person = positiveNumber(*beneficiary);
    if (!person)
        return usageError("--beneficiary takes a positive number, not '" + *beneficiary + "'");
    std::optional<std::int64_t> subject;
    for (const char* option : {"interview", "appointment", "period", "case"}) {
        const auto given = args.value(option);
        if (!given)
            continue;
        // The option is named as the record it chooses (rules::subjectKind).
        const char* wanted = rules::subjectKind(*kind);
        if (!wanted || std::string(option) != wanted)
            return usageError("--" + std::string(option) + " does not go with document " + kindName);
        subject = positiveNumber(*given);
        if (!subject)
            return usageError("--" + std::string(option) + " takes a positive number, not '" + *given + "'");
    }
    if (Status free = outputAllowed(args, *output); !free)
        return fail(free.error());
    auto session = signedIn(args);
    if (!session)
        return fail(session.error());
    auto source = services::Documents(*session->workspace, m_clock, *session->actor).source(*kind, *person, subject);
    if (!source)
        return fail(source.error());
    if (Status written = writeFileAtomically(*output, documents::documentPdf(*source)); !written)
        return fail(written.error());
    return ExitOk;
}

int CliApp::referenceDocument(const ParsedArgs& args)
{
    const auto number = args.value("case");
    const auto output = args.value("output");
    if (!number || !output)
        return usageError("document reference needs --case N and -o FILE.pdf");
    for (const char* option : {"beneficiary", "interview", "appointment", "period"})
        if (args.has(option))
            return usageError("--" + std::string(option) + " does not go with document reference");
    const auto wanted = positiveNumber(*number);
    if (!wanted)
        return usageError("--case takes a positive number, not '" + *number + "'");
    if (Status free = outputAllowed(args, *output); !free)
        return fail(free.error());
    // The guide's content holds no personal data: read without an account, and without writing.
    auto guide = services::readGuideContent(databasePath(args));
    if (!guide)
        return fail(guide.error());
    auto letterhead = services::readLetterhead(databasePath(args));
    if (!letterhead)
        return fail(letterhead.error());
    for (const ReferenceCase& reference : guide->cases)
        if (reference.number == *wanted) {
            const std::string pdf = documents::referenceCasePdf(reference, *guide, *letterhead);
            if (Status written = writeFileAtomically(*output, pdf); !written)
                return fail(written.error());
            return ExitOk;
        }
    return usageError("the guide has cases 1 to " + std::to_string(guide->cases.size()) + ", not " + *number);
}

} // namespace trame::cli
