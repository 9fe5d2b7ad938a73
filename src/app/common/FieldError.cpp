#include "common/FieldError.h"

#include <QAccessible>
#include <QLabel>

namespace {

void announce(QObject* object, QAccessible::Event kind)
{
    QAccessibleEvent event(object, kind);
    QAccessible::updateAccessibility(&event);
}

} // namespace

void FieldError::show(QLabel* label, const QString& message, QWidget* field)
{
    label->setText(message);
    label->show();
    if (field) {
        field->setAccessibleDescription(message);
        announce(field, QAccessible::DescriptionChanged);
        field->setFocus(Qt::OtherFocusReason);
    }
    announce(label, QAccessible::Alert);
}

void FieldError::clear(QLabel* label, QWidget* field)
{
    label->hide();
    if (field && !field->accessibleDescription().isEmpty()) {
        field->setAccessibleDescription({});
        announce(field, QAccessible::DescriptionChanged);
    }
}
