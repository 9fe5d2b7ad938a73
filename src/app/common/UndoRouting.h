#pragma once

class QWidget;

namespace UndoRouting {

// Ctrl+Z and Ctrl+Shift+Z in a text field go to the window's undo stack (the case file's, or an
// interview's), not the field's own, so that one Ctrl+Z never means two different things.
void routeUndoToWindow(QWidget* edit);

} // namespace UndoRouting
