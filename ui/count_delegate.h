#pragma once

#include <QStyledItemDelegate>

namespace yufang {

// Editors for the annex cells: count cells accept digits (full-width too), separators and a
// minus sign, so a typo never reaches the model as text; the model flags negatives.
class CountDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
};

} // namespace yufang
