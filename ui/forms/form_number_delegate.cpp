#include "form_number_delegate.h"

#include "form_table_model.h"

#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace yufang {

namespace {
const FormColumn* numberColumn(const QModelIndex& index) {
    const auto* model = qobject_cast<const FormTableModel*>(index.model());
    const FormColumn* c = model ? model->formColumnAt(index.column()) : nullptr;
    return c && c->isNumber() ? c : nullptr;
}
} // namespace

QWidget* FormNumberDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                          const QModelIndex& index) const {
    const FormColumn* c = numberColumn(index);
    if (!c)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto* line = new QLineEdit(parent);
    line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Whole numbers take no point; decimals take one (half- or full-width).
    const QString pattern =
        c->type == FormColumnType::Decimal
            ? QStringLiteral("[-－]?[0-9０-９,， ]{0,18}([.．][0-9０-９]{0,6})?")
            : QStringLiteral("[-－]?[0-9０-９,， ]{0,18}");
    line->setValidator(new QRegularExpressionValidator(QRegularExpression(pattern), line));
    return line;
}

void FormNumberDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* line = qobject_cast<QLineEdit*>(editor); line && numberColumn(index)) {
        line->setText(index.data(Qt::EditRole).toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace yufang
