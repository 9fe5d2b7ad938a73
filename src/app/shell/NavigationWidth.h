#pragma once

class QListWidget;

// The navigation column as wide as its widest place shown, in the font in use, and again when the
// font changes: a fixed width in pixels cut « Bénéficiaires » with the system font at 200 %.
namespace NavigationWidth {

void fit(QListWidget* navigation);
// Fits now and whenever the list's font changes (called again, it only fits).
void follow(QListWidget* navigation);

} // namespace NavigationWidth
