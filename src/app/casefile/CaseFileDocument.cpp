#include "casefile/CaseFileDocument.h"

#include <QUndoCommand>

using trame::CaseFile;

// Keeps the whole case file (or the whole person) before and after: both are small, and
// snapshots make every edit, however complex (a reorder, a removal that unlinks plan steps),
// trivially undoable.
template <typename T> class SnapshotEdit : public QUndoCommand {
public:
    using Apply = void (CaseFileDocument::*)(const T&);
    SnapshotEdit(CaseFileDocument& document, Apply apply, const QString& text, T before, T after, int mergeKey)
        : QUndoCommand(text), m_document(document), m_apply(apply), m_before(std::move(before)),
          m_after(std::move(after)), m_mergeKey(mergeKey)
    {
    }

    void undo() override { (m_document.*m_apply)(m_before); }
    void redo() override { (m_document.*m_apply)(m_after); }
    int id() const override { return m_mergeKey; }
    bool mergeWith(const QUndoCommand* other) override
    {
        // Merge keys are unique to one field, so the other command snapshots the same kind.
        m_after = static_cast<const SnapshotEdit*>(other)->m_after;
        return true;
    }

private:
    CaseFileDocument& m_document;
    Apply m_apply;
    T m_before;
    T m_after;
    int m_mergeKey;
};

CaseFileDocument::CaseFileDocument(CaseFile caseFile, Mode mode, QObject* parent)
    : QObject(parent), m_caseFile(std::move(caseFile)), m_mode(mode)
{
}

bool CaseFileDocument::edit(const QString& text, const std::function<void(CaseFile&)>& change, int mergeKey)
{
    if (isReadOnly())
        return false;
    CaseFile after = m_caseFile;
    change(after);
    if (after == m_caseFile)
        return false;
    m_undo.push(
        new SnapshotEdit<CaseFile>(*this, &CaseFileDocument::apply, text, m_caseFile, std::move(after), mergeKey));
    return true;
}

void CaseFileDocument::reset(CaseFile caseFile, bool clearUndo)
{
    if (clearUndo)
        m_undo.clear();
    m_caseFile = std::move(caseFile);
    emit changed(false);
}

void CaseFileDocument::apply(const CaseFile& content)
{
    // Ids and the version come from the store, not from the snapshot: an undo must not roll back
    // the row version, or the next save would be refused as a conflict.
    const auto version = m_caseFile.version;
    m_caseFile = content;
    m_caseFile.version = version;
    emit changed(true);
}

void CaseFileDocument::setPerson(trame::Beneficiary person, bool editable)
{
    m_person = std::move(person);
    m_personEditable = editable;
}

bool CaseFileDocument::editPerson(const QString& text, const std::function<void(trame::Beneficiary&)>& change,
                                  int mergeKey)
{
    if (!m_personEditable)
        return false;
    trame::Beneficiary after = m_person;
    change(after);
    if (after == m_person)
        return false;
    m_undo.push(new SnapshotEdit<trame::Beneficiary>(*this, &CaseFileDocument::applyPerson, text, m_person,
                                                     std::move(after), mergeKey));
    return true;
}

void CaseFileDocument::resetPerson(trame::Beneficiary person)
{
    m_person = std::move(person);
    emit changed(false);
}

void CaseFileDocument::applyPerson(const trame::Beneficiary& person)
{
    const auto version = m_person.version; // as for the case file: the store's, not the snapshot's
    m_person = person;
    m_person.version = version;
    emit changed(true);
}
