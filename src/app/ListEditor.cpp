#include "ListEditor.h"

#include "SectionDelegate.h"
#include "SectionTableModel.h"
#include "ui_ListEditor.h"

#include <QAction>
#include <QHeaderView>

ListEditor::ListEditor(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ListEditor>())
{
    m_ui->setupUi(this);
    m_ui->table->setItemDelegate(new SectionDelegate(m_ui->table));
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->titleLabel->setBuddy(m_ui->table);
    QFont bold = m_ui->titleLabel->font();
    bold.setBold(true);
    m_ui->titleLabel->setFont(bold);

    connect(m_ui->addButton, &QPushButton::clicked, this, &ListEditor::addItem);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ListEditor::removeItem);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(+1); });

    const auto shortcut = [this](const QKeySequence& keys, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_ui->table->addAction(action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert), [this] { addItem(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete), [this] { removeItem(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrent(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrent(+1); });
}

ListEditor::~ListEditor() = default;

void ListEditor::setModel(SectionTableModel* model, const QString& title, bool reorderable)
{
    m_model = model;
    m_reorderable = reorderable;
    m_ui->titleLabel->setText(title);
    m_ui->table->setModel(model);
    m_ui->table->setAccessibleName(QString(title).remove(QLatin1Char('&')));
    const bool editable = !model->isReadOnly();
    m_ui->addButton->setVisible(editable);
    m_ui->removeButton->setVisible(editable);
    m_ui->upButton->setVisible(editable && reorderable);
    m_ui->downButton->setVisible(editable && reorderable);
    if (editable && reorderable) {
        m_ui->table->setDragEnabled(true);
        m_ui->table->setAcceptDrops(true);
        m_ui->table->setDropIndicatorShown(true);
        m_ui->table->setDragDropMode(QAbstractItemView::InternalMove);
        m_ui->table->setDefaultDropAction(Qt::MoveAction);
    }
    if (!editable) {
        m_ui->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        // A reference case has no statuses or dates: only what the guide says.
        for (int column = 0; column < model->columnCount(); ++column)
            m_ui->table->setColumnHidden(column, model->isFollowUpColumn(column));
    }
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::updateButtons);
    fitColumns();
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::fitColumns);
    updateButtons();
}

void ListEditor::fitColumns()
{
    // Long texts wrap inside a column of readable width rather than stretching it off screen.
    constexpr int kMaxWidth = 300;
    m_ui->table->resizeColumnsToContents();
    for (int column = 0; column < m_ui->table->model()->columnCount(); ++column)
        if (m_ui->table->columnWidth(column) > kMaxWidth)
            m_ui->table->setColumnWidth(column, kMaxWidth);
}

QTableView* ListEditor::table() const
{
    return m_ui->table;
}

int ListEditor::currentRow() const
{
    return m_ui->table->currentIndex().isValid() ? m_ui->table->currentIndex().row() : -1;
}

void ListEditor::addItem()
{
    if (!m_model)
        return;
    const int row = currentRow() < 0 ? m_model->rowCount() : currentRow() + 1;
    if (m_model->addItem(row)) {
        const QModelIndex index = m_model->index(row, m_model->columnCount() > 1 ? 1 : 0);
        m_ui->table->setCurrentIndex(index);
        m_ui->table->edit(index);
    }
}

void ListEditor::removeItem()
{
    if (m_model && currentRow() >= 0)
        m_model->removeItem(currentRow());
}

void ListEditor::moveCurrent(int delta)
{
    const int row = currentRow();
    if (!m_model || !m_reorderable || row < 0)
        return;
    const int column = m_ui->table->currentIndex().column();
    if (m_model->moveItem(row, row + delta))
        m_ui->table->setCurrentIndex(m_model->index(row + delta, column));
}

void ListEditor::updateButtons()
{
    const int row = currentRow();
    const int rows = m_model ? m_model->rowCount() : 0;
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->upButton->setEnabled(row > 0);
    m_ui->downButton->setEnabled(row >= 0 && row + 1 < rows);
}
