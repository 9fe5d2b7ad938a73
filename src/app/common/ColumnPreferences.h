#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <string>

class QTableView;

// A list's columns as the person arranged them — their widths and the column it is sorted by —
// kept under their login (UserPreferences) and given back the next time the list is built. Until
// the person drags a column's edge, the columns fit their contents at each refresh; after that,
// the widths are theirs.
class ColumnPreferences : public QObject {
    Q_OBJECT
public:
    // Gives back what was kept for the list `name` and keeps what changes from now on; the view
    // owns the result.
    static ColumnPreferences* keep(QTableView* view, const std::string& login, const QString& name);
    ~ColumnPreferences() override;

    // Widths to the contents, unless the person set them.
    void fit();
    bool arranged() const { return m_arranged; }

private:
    ColumnPreferences(QTableView* view, std::string login, QString name);
    void remember();
    void write();

    QTableView* m_view;
    std::string m_login;
    QString m_name;
    bool m_arranged = false;
    bool m_fitting = false;
    QByteArray m_pending; // the header's state not yet written
    QTimer m_writeDelay;  // a drag changes widths at every pixel: written once it rests
};
