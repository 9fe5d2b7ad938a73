#pragma once

#include "services/CaseFiles.h"

#include <QAbstractTableModel>

#include <vector>

// The beneficiaries matching a query, fetched a page at a time as the view scrolls: the model
// never holds every row of a large file, and never counts them (the page does, afterwards).
class BeneficiaryListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, CounsellorColumn, NextAppointmentColumn, AlertColumn, ColumnCount };
    static constexpr int kPageSize = 50;

    explicit BeneficiaryListModel(trame::services::CaseFiles& service, QObject* parent = nullptr);

    // Starts over with a new query (search words, filters, today's date).
    void setQuery(const trame::BeneficiaryQuery& query);
    void reload() { setQuery(m_query); }
    std::int64_t idAt(int row) const;
    const trame::BeneficiaryQuery& query() const { return m_query; }
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Sorts in the database, from the first page (the alerts column does not sort).
    void sort(int column, Qt::SortOrder order) override;
    static bool sortable(int column) { return column != AlertColumn; }
    int sortColumn() const;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const trame::Error& error);

private:
    trame::services::CaseFiles& m_service;
    trame::BeneficiaryQuery m_query;
    std::vector<trame::BeneficiarySummary> m_rows;
    bool m_more = false; // the last page was full: there may be more
    bool m_busy = false; // inside a change notification
    bool m_queried = false;
};
