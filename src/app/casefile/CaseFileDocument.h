#pragma once

#include "domain/Beneficiary.h"
#include "domain/CaseFile.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

// The case file being edited: the one copy every page reads and writes. Each change is an undoable
// command on the document's QUndoStack; typing in one field merges into one command.
// A read-only document (a file the user may only read, or a reference case) refuses every edit.
class CaseFileDocument : public QObject {
    Q_OBJECT
public:
    // A reference case is read-only and has no follow-up (statuses, dates) to show.
    enum Mode { Editable, ReadOnly, Reference };

    explicit CaseFileDocument(trame::CaseFile caseFile, Mode mode = Editable, QObject* parent = nullptr);

    const trame::CaseFile& caseFile() const { return m_caseFile; }
    bool isReadOnly() const { return m_mode != Editable; }
    bool isReference() const { return m_mode == Reference; }
    QUndoStack* undoStack() { return &m_undo; }

    // Applies `change` as one undoable step named `text`. Successive edits with the same
    // `mergeKey` (not -1) merge, so that a typed sentence undoes at once. Returns false when the
    // document is read-only or the change changed nothing.
    bool edit(const QString& text, const std::function<void(trame::CaseFile&)>& change, int mergeKey = -1);

    // Replaces the content without an undo step: after a save (new ids, version) or a reload.
    void reset(trame::CaseFile caseFile, bool clearUndo);

    // The person whose file this is, edited on the Profile page with the same undo stack: one
    // Ctrl+Z undoes the last edit, whichever page it was on. Read-only unless setPerson says so.
    const trame::Beneficiary& person() const { return m_person; }
    bool isPersonReadOnly() const { return !m_personEditable; }
    void setPerson(trame::Beneficiary person, bool editable);
    bool editPerson(const QString& text, const std::function<void(trame::Beneficiary&)>& change, int mergeKey = -1);
    // After a save: the new version, the texts as typed.
    void resetPerson(trame::Beneficiary person);

signals:
    // The content changed: by an edit, an undo or a redo. `byUser` is false for reset().
    void changed(bool byUser);

private:
    template <typename T> friend class SnapshotEdit;
    void apply(const trame::CaseFile& content);
    void applyPerson(const trame::Beneficiary& person);

    trame::CaseFile m_caseFile;
    Mode m_mode;
    trame::Beneficiary m_person;
    bool m_personEditable = false;
    QUndoStack m_undo;
};
