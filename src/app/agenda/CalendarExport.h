#pragma once

#include "domain/Date.h"
#include "domain/Result.h"

#include <QString>

#include <string>

namespace trame::services {
class Agenda;
}
class QWidget;

// Asks which weeks from `firstDay` and how to name people (initials and case number unless full
// names are chosen), then where to write the iCalendar file; writes it for the owner only.
// Returns what to tell the person, empty when they cancelled.
trame::Result<QString> exportCalendar(QWidget* parent, trame::services::Agenda& agenda, const std::string& counsellor,
                                      const trame::Date& firstDay);
