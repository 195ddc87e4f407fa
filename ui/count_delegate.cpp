#include "count_delegate.h"

#include "annex_table_model.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace yufang {

QWidget* CountDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (!AnnexTableModel::countFieldOf(index.column()))
        return editor;
    auto* line = new QLineEdit(parent);
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[-－]?[0-9０-９,， ]{0,18}")), line));
    delete editor;
    return line;
}

void CountDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* line = qobject_cast<QLineEdit*>(editor);
        line && AnnexTableModel::countFieldOf(index.column())) {
        const QVariant v = index.data(Qt::EditRole);
        line->setText(v.isValid() ? QString::number(v.toLongLong()) : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace yufang
