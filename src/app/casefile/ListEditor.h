#pragma once

#include <QDate>
#include <QWidget>
#include <memory>

namespace Ui {
class ListEditor;
}
class QTableView;
class SectionTableModel;

// A list of the case file as a table with its buttons: add, remove, move up and down (also by
// drag and drop and Ctrl+Shift+Up/Down). The buttons disappear when the document is read-only.
class ListEditor : public QWidget {
    Q_OBJECT
public:
    explicit ListEditor(QWidget* parent = nullptr);
    ~ListEditor() override;

    void setModel(SectionTableModel* model, const QString& title, bool reorderable);
    // The day the date cells' calendars open on.
    void setToday(const QDate& today);
    QTableView* table() const;
    SectionTableModel* model() const { return m_model; }
    int currentRow() const;

    void addItem();
    void removeItem();
    void moveCurrent(int delta);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    void fitColumns();

    std::unique_ptr<Ui::ListEditor> m_ui;
    SectionTableModel* m_model = nullptr;
    bool m_reorderable = false;
    bool m_resizedByPerson = false; // once the person drags a column edge, widths are theirs
    bool m_dragging = false;
};
