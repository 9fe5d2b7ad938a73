#pragma once

#include <QDate>
#include <QDateTime>

namespace trame::services {
class Clock;
}

// The clock the application's widgets read when nothing handed them one: a date field's
// "today", the time an autosave is shown at. It is the launcher's system clock in the program
// and the fixture's stopped clock in tests, so that no widget reads the wall clock itself (the
// layering test refuses such a read anywhere but in the clocks).
namespace AppClock {

const trame::services::Clock& clock();
// `clock` must outlive its use; nullptr goes back to the system clock.
void set(const trame::services::Clock* clock);

QDate today();
QDateTime now();

} // namespace AppClock
