#include "casefile/ListEditor.h"

#include "casefile/SectionTableModel.h"
#include "common/CellRoles.h"
#include "common/SectionDelegate.h"
#include "ui_ListEditor.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

ListEditor::ListEditor(QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui::ListEditor>())
{
    m_ui->setupUi(this);
    m_ui->table->setItemDelegate(new SectionDelegate(m_ui->table));
    m_ui->table->horizontalHeader()->setStretchLastSection(false);
    m_ui->table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->table->setWordWrap(true);
    m_ui->table->viewport()->installEventFilter(this);
    m_ui->table->horizontalHeader()->viewport()->installEventFilter(this);
    connect(m_ui->table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_dragging)
            m_resizedByPerson = true;
    });
    m_ui->table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->table->verticalHeader()->setMinimumWidth(m_ui->table->fontMetrics().horizontalAdvance(QStringLiteral("000")) +
                                                   8);
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
    // Tab goes from cell to cell where there is something to type; in a list only read, the
    // arrows move and Tab goes on to the next control.
    m_ui->table->setTabKeyNavigation(editable);
    if (!editable)
        m_ui->table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A reference case has no statuses or dates: only what the guide says. Whoever only reads a
    // person's file (a supervisor) sees them all: they are what is judged.
    for (int column = 0; column < model->columnCount(); ++column)
        m_ui->table->setColumnHidden(column, model->isReference() && model->isFollowUpColumn(column));
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ListEditor::updateButtons);
    m_resizedByPerson = false;
    fitColumns();
    updateButtons();
}

bool ListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->table->viewport() && event->type() == QEvent::Resize && !m_resizedByPerson)
        fitColumns();
    if (watched == m_ui->table->horizontalHeader()->viewport()) {
        if (event->type() == QEvent::MouseButtonPress)
            m_dragging = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_dragging = false;
    }
    return QWidget::eventFilter(watched, event);
}

void ListEditor::fitColumns()
{
    // From the table's width alone, never from what the cells hold: an edit never moves a column
    // edge, so a click after an edit lands where it was aimed. Choices and dates take what their
    // values need; the texts share what is left, and wrap. Once the person drags an edge, the
    // widths are theirs.
    if (!m_model)
        return;
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
            metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) +
            padding;
        if (kind == EditorKind::Text || kind == EditorKind::FreeChoice) {
            texts.push_back(column);
            table->setColumnWidth(column, header);
            continue;
        }
        int width = header;
        if (kind == EditorKind::Date)
            width = std::max(width, metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + padding + 20);
        for (const QString& label : m_model->choiceLabels(column))
            width = std::max(width, metrics.horizontalAdvance(label) + padding + 20);
        width = std::min(width, 18 * metrics.averageCharWidth() + padding); // longer labels wrap
        table->setColumnWidth(column, width);
        fixed += width;
    }
    // As if the row numbers and the vertical scroll bar were there, so that their coming with the
    // first rows, or with more rows than fit, moves nothing.
    const int available = table->maximumViewportSize().width() + table->verticalHeader()->width() -
                          table->verticalHeader()->minimumWidth() - table->verticalScrollBar()->sizeHint().width() -
                          fixed;
    if (texts.empty())
        return;
    const int count = static_cast<int>(texts.size());
    const int share = available / count;
    for (int i = 0; i < count; ++i) {
        const int width = i + 1 < count ? share : available - share * (count - 1); // the rest to the last
        table->setColumnWidth(texts[static_cast<size_t>(i)], std::max(width, 10 * metrics.averageCharWidth()));
    }
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
