// trame-cli document: the documents Trame prints, as PDF files.
#include "cli/CliApp.h"

#include "cli/FileIo.h"
#include "documents/ReferenceDocument.h"
#include "services/Maintenance.h"

namespace trame::cli {

int CliApp::documentCommand(const ParsedArgs& args)
{
    if (args.positionals.size() != 2 || args.positionals[1] != "reference")
        return usageError("document takes the kind of document: reference");
    const auto number = args.value("case");
    const auto output = args.value("output");
    if (!number || !output)
        return usageError("document reference needs --case N and -o FILE.pdf");
    const auto wanted = positiveNumber(*number);
    if (!wanted)
        return usageError("--case takes a positive number, not '" + *number + "'");
    if (Status free = outputAllowed(args, *output); !free)
        return fail(free.error());
    // The guide's content holds no personal data: read without an account, and without writing.
    auto guide = services::readGuideContent(databasePath(args));
    if (!guide)
        return fail(guide.error());
    for (const ReferenceCase& reference : guide->cases)
        if (reference.number == *wanted) {
            if (Status written = writeFileAtomically(*output, documents::referenceCasePdf(reference, *guide)); !written)
                return fail(written.error());
            return ExitOk;
        }
    return usageError("the guide has cases 1 to " + std::to_string(guide->cases.size()) + ", not " + *number);
}

} // namespace trame::cli
