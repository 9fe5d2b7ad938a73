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
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->setWordWrap(true);
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

void ListEditor::setToday(const QDate& today)
{
    static_cast<SectionDelegate*>(m_ui->table->itemDelegate())->setToday(today);
}

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
    if (!editable)
        m_ui->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A reference case has no statuses or dates: only what the guide says. Whoever only reads a
    // person's file (a supervisor) sees them all: they are what is judged.
    for (int column = 0; column < model->columnCount(); ++column)
        m_ui->table->setColumnHidden(column, model->isReference() && model->isFollowUpColumn(column));
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::updateButtons);
    m_fitted = false;
    if (isVisible())
        fitColumns();
    updateButtons();
}

void ListEditor::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_fitted)
        fitColumns();
}

void ListEditor::fitColumns()
{
    // Once, when the table first has its width: afterwards only the person resizes a column, so
    // that a click after an edit lands where it was aimed. Choices and dates take what their
    // longest value needs; the texts share what is left, and wrap.
    if (!m_model)
        return;
    m_fitted = true;
    QTableView* table = m_ui->table;
    const QFontMetrics metrics(table->font());
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    std::vector<int> texts;
    int fixed = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (table->isColumnHidden(column))
            continue;
        const EditorKind kind = m_model->columnEditor(column);
        const int header =
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + padding;
        if (kind == EditorKind::Text || kind == EditorKind::FreeChoice) {
            texts.push_back(column);
            table->setColumnWidth(column, header);
            continue;
        }
        if (m_model->rowCount() > 0)
            table->resizeColumnToContents(column);
        int width = std::max(m_model->rowCount() > 0 ? table->columnWidth(column) : 0, header);
        if (kind == EditorKind::Date)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + padding + 20);
        else
            width = std::max(width, 12 * metrics.averageCharWidth() + padding);
        table->setColumnWidth(column, std::min(width, 16 * metrics.averageCharWidth() + padding));
        fixed += table->columnWidth(column);
    }
    const int available = table->viewport()->width() - fixed;
    if (texts.empty())
        return;
    const int share = std::max(available / static_cast<int>(texts.size()), 10 * metrics.averageCharWidth());
    for (int column : texts)
        table->setColumnWidth(column, std::max(share, table->columnWidth(column)));
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
        const QModelIndex index = m_model->index(row, m_model->firstColumn());
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
