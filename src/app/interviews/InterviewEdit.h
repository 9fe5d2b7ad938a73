#pragma once

#include "domain/Interview.h"

#include <QUndoCommand>

#include <functional>

// One edit of an interview, kept as the interview before and after: undoing puts the form back
// as it was. Typing in one field (the self-assessment, one item's note) merges into one step.
class InterviewEdit : public QUndoCommand {
public:
    using Apply = std::function<void(const trame::Interview&)>;

    InterviewEdit(trame::Interview before, trame::Interview after, int mergeKey, Apply apply);

    void undo() override { m_apply(m_before); }
    void redo() override;
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override;

    // The merge key of the change from `before` to `after`: one per field typed, -1 otherwise.
    static int mergeKeyFor(const trame::Interview& before, const trame::Interview& after);

private:
    trame::Interview m_before;
    trame::Interview m_after;
    int m_mergeKey;
    Apply m_apply;
    bool m_done = true; // pushed after the form already shows `after`: the first redo does nothing
};
