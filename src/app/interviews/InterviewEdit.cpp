#include "interviews/InterviewEdit.h"

#include "domain/InterviewRules.h"

#include <functional>

InterviewEdit::InterviewEdit(trame::Interview before, trame::Interview after, int mergeKey, Apply apply)
    : QUndoCommand(QObject::tr("Edit the interview")), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey), m_apply(std::move(apply))
{
}

void InterviewEdit::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    m_apply(m_after);
}

bool InterviewEdit::mergeWith(const QUndoCommand* other)
{
    m_after = static_cast<const InterviewEdit*>(other)->m_after;
    return true;
}

int InterviewEdit::mergeKeyFor(const trame::Interview& before, const trame::Interview& after)
{
    constexpr int kSelfAssessment = 1;
    if (before.selfAssessment != after.selfAssessment && before.entries == after.entries)
        return kSelfAssessment;
    if (before.selfAssessment != after.selfAssessment || before.heldOn != after.heldOn ||
        before.nextAppointment != after.nextAppointment)
        return -1;
    // Only notes of one item changed: its key, so that a note typed is one step.
    std::string changed;
    for (const trame::InterviewEntry& entry : after.entries) {
        const trame::InterviewEntry* old = trame::rules::entryFor(before, entry.itemKey);
        if (old && old->status == entry.status && old->note != entry.note) {
            if (!changed.empty())
                return -1;
            changed = entry.itemKey;
        } else if (!old || old->status != entry.status) {
            return -1;
        }
    }
    if (changed.empty() || after.entries.size() != before.entries.size())
        return -1;
    return 2 + static_cast<int>(std::hash<std::string>{}(changed) % 1000000);
}
