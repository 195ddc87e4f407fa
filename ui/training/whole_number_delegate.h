#pragma once

#include <QStyledItemDelegate>

namespace yufang {

// Editors for whole-number cells (cells whose model answers `countRole` with true): digits,
// full-width digits, separators and a minus sign only, so text never reaches the model as a
// count; the model's validation flags negatives.
class WholeNumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    WholeNumberDelegate(int countRole, QObject* parent = nullptr)
        : QStyledItemDelegate(parent), m_countRole(countRole) {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;

private:
    int m_countRole;
};

} // namespace yufang
