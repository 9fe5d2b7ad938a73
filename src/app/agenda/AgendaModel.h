#pragma once

#include "domain/Appointment.h"

#include <QAbstractTableModel>

#include <vector>

// A counsellor's appointments over a day or a week, in time order: day, time, duration, person,
// case number, kind, place, status. A past one never qualified says so in words, not only in colour.
class AgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DayColumn,
        TimeColumn,
        DurationColumn,
        PersonColumn,
        CaseColumn,
        KindColumn,
        PlaceColumn,
        StatusColumn,
        ColumnCount
    };
    explicit AgendaModel(QObject* parent = nullptr);

    void setEntries(std::vector<trame::AgendaEntry> entries, const trame::LocalTime& now);
    const trame::AgendaEntry* at(int row) const;
    // The row of the first appointment from `now` on, or the last one; -1 when there is none.
    int nextRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<trame::AgendaEntry> m_entries;
    trame::LocalTime m_now;
};
