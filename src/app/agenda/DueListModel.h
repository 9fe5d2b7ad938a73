#pragma once

#include "common/CaseFileSection.h"
#include "domain/DueWork.h"

#include "common/RowListModel.h"

#include <vector>

// The "À faire" list: what is due, for whom, since or by when. Each line knows the page of the
// case file where the work is done.
class DueListModel : public RowListModel<trame::DueItem> {
    Q_OBJECT
public:
    enum Column { WhatColumn, PersonColumn, WhenColumn, ColumnCount };
    explicit DueListModel(QObject* parent = nullptr);

    void setItems(std::vector<trame::DueItem> items);
    static CaseFileSection sectionFor(trame::DueKind kind);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString whenText(const trame::DueItem& item) const;
    static QVariant sortKey(const trame::DueItem& item, int column);
};
