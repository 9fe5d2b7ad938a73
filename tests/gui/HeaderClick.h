#pragma once

#include <QHeaderView>
#include <QTableView>
#include <QTest>

// A click of the mouse in the middle of a column's header, as a person sorts a list.
inline void clickHeader(QTableView* table, int column)
{
    QHeaderView* header = table->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
}
