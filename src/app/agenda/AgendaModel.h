#pragma once

#include "domain/Appointment.h"

#include "common/RowListModel.h"

#include <vector>

// A counsellor's appointments over a day or a week, in time order: day, time, duration, person,
// case number, kind, place, status. A past one never qualified says so in words, not only in colour.
class AgendaModel : public RowListModel<trame::AgendaEntry> {
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
    // The row of the first appointment from `now` on, or the last one; -1 when there is none.
    int nextRow() const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QVariant sortKey(const trame::AgendaEntry& entry, int column);

    trame::LocalTime m_now;
};
