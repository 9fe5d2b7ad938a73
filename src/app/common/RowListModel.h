#pragma once

#include <QAbstractTableModel>

#include <cstddef>
#include <vector>

// A table over rows a service returned whole (a person's appointments, an agenda, a to-do list):
// the rows replaced together, each row's value by its index. A subclass says what each column
// shows and keeps its own Q_OBJECT for its words.
template <typename Row> class RowListModel : public QAbstractTableModel {
public:
    RowListModel(int columns, QObject* parent) : QAbstractTableModel(parent), m_columns(columns) {}

    const Row* at(int row) const
    {
        if (row < 0 || row >= static_cast<int>(m_rows.size()))
            return nullptr;
        return &m_rows[static_cast<std::size_t>(row)];
    }
    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : m_columns; }

protected:
    void replaceRows(std::vector<Row> rows)
    {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }
    const std::vector<Row>& rows() const { return m_rows; }
    // The first row for which `matches` holds, or the last row; -1 when there is none.
    template <typename Predicate> int firstRowWhere(Predicate matches) const
    {
        for (std::size_t i = 0; i < m_rows.size(); ++i)
            if (matches(m_rows[i]))
                return static_cast<int>(i);
        return static_cast<int>(m_rows.size()) - 1;
    }

private:
    std::vector<Row> m_rows;
    int m_columns;
};
