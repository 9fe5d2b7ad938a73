#pragma once

#include <Qt>

// How a table cell is edited, told by the model to SectionDelegate through CellRole::EditorRole.
// A FreeChoice is typed, with the choices proposed as the person types (never picked unseen).
enum class EditorKind { Text, Choice, FreeChoice, Date, None };

// The item-data roles beyond Qt's that Trame's table models answer and its delegate reads.
namespace CellRole {
enum Role : int { EditorRole = Qt::UserRole + 1, ChoicesRole, PlaceholderRole };
} // namespace CellRole
