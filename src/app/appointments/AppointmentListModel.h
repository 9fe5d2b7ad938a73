#pragma once

#include "domain/Appointment.h"

#include <QAbstractTableModel>

#include <vector>

// A person's appointments in time order: day, time, duration, kind, place, status. A past one
// whose status was never set says so in words and in colour (rules::needsQualifying).
class AppointmentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { DayColumn, TimeColumn, DurationColumn, KindColumn, PlaceColumn, StatusColumn, ColumnCount };
    explicit AppointmentListModel(QObject* parent = nullptr);

    void setAppointments(std::vector<trame::Appointment> appointments, const trame::LocalTime& now);
    const trame::Appointment* at(int row) const;
    // The row of the first appointment from `now` on, or the last one; -1 when there is none.
    int nextRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<trame::Appointment> m_appointments;
    trame::LocalTime m_now;
};
