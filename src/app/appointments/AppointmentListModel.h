#pragma once

#include "domain/Appointment.h"

#include "common/RowListModel.h"

#include <vector>

// A person's appointments in time order: day, time, duration, kind, place, status. A past one
// whose status was never set says so in words and in colour (rules::needsQualifying).
class AppointmentListModel : public RowListModel<trame::Appointment> {
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, DurationColumn, KindColumn, PlaceColumn, StatusColumn, ColumnCount };
    explicit AppointmentListModel(QObject* parent = nullptr);
    // A past appointment never qualified, wherever it is listed (its words say so too).

    void setAppointments(std::vector<trame::Appointment> appointments, const trame::LocalTime& now);
    // The row of the first appointment from `now` on, or the last one; -1 when there is none.
    int nextRow() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant sortKey(const trame::Appointment& appointment, int column);

    trame::LocalTime m_now;
};
