#pragma once

#include <QString>

class QLabel;
class QWidget;

// A validation error shown under a form and announced with its field: the message becomes the
// field's accessible description (a screen reader reads it with the field, where focus goes), and
// the label raises an alert. Cleared the same way, so that a corrected field says nothing more.
namespace FieldError {

void show(QLabel* label, const QString& message, QWidget* field);
void clear(QLabel* label, QWidget* field);

} // namespace FieldError
