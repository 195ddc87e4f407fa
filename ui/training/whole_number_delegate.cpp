#include "whole_number_delegate.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace yufang {

QWidget* WholeNumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const {
    if (!index.data(m_countRole).toBool())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = new QLineEdit(parent);
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    line->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[-－]?[0-9０-９,， ]{0,18}")), line));
    return line;
}

void WholeNumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* line = qobject_cast<QLineEdit*>(editor);
    if (line && index.data(m_countRole).toBool()) {
        const QVariant v = index.data(Qt::EditRole);
        line->setText(v.isValid() ? QString::number(v.toLongLong()) : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace yufang
