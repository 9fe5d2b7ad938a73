#include "common/UndoRouting.h"

#include <QEvent>
#include <QKeyEvent>
#include <QWidget>

namespace UndoRouting {

namespace {

// Lets the window's Undo/Redo shortcuts through instead of the field's own undo.
class UndoShortcutFilter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto* key = static_cast<QKeyEvent*>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void routeUndoToWindow(QWidget* edit)
{
    edit->installEventFilter(new UndoShortcutFilter(edit));
}

} // namespace UndoRouting
