#pragma once

#include <QStyledItemDelegate>

namespace yufang {

// Editors for the number cells of a form-engine table: right-aligned, accepting what clerks
// type (digits, full-width too, thousands separators, a decimal point, a minus sign that the
// validation then names), so a typo never reaches the model as text. Other cells edit as usual.
class FormNumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
};

} // namespace yufang
