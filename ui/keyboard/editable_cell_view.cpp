#include "editable_cell_view.h"

#include <QHeaderView>

namespace yufang {

QModelIndex EditableCellView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) {
    if (action == MoveNext || action == MovePrevious) {
        const QModelIndex next = nextEditable(currentIndex(), action == MoveNext ? 1 : -1);
        if (next.isValid())
            return next;
    }
    return QTableView::moveCursor(action, modifiers);
}

// Walks the visible cells in reading order (visual columns, then rows) from `from`, one step
// at a time, and returns the first editable one; invalid when there is none before the end.
QModelIndex EditableCellView::nextEditable(const QModelIndex& from, int step) const {
    const QAbstractItemModel* m = model();
    if (!m || !from.isValid())
        return {};
    const int rows = m->rowCount(rootIndex());
    const int columns = m->columnCount(rootIndex());
    int row = from.row();
    int visual = horizontalHeader()->visualIndex(from.column());
    for (int guard = 0; guard < rows * columns; ++guard) {
        visual += step;
        if (visual >= columns) {
            visual = 0;
            ++row;
        } else if (visual < 0) {
            visual = columns - 1;
            --row;
        }
        if (row < 0 || row >= rows)
            return {};
        const int column = horizontalHeader()->logicalIndex(visual);
        if (isRowHidden(row) || isColumnHidden(column))
            continue;
        const QModelIndex index = m->index(row, column, rootIndex());
        if (index.flags().testFlag(Qt::ItemIsEditable) && index.flags().testFlag(Qt::ItemIsEnabled))
            return index;
    }
    return {};
}

} // namespace yufang
