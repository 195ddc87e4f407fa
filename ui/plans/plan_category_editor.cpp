#include "plan_category_editor.h"

#include "prompter.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace yufang {

namespace {
constexpr int kOriginalRole = Qt::UserRole + 1;
}

PlanCategoryEditor::PlanCategoryEditor(Prompter& prompter, QWidget* parent)
    : QGroupBox(tr("Key-personnel categories"), parent), m_prompter(prompter),
      m_list(new QListWidget(this)) {
    setObjectName(QStringLiteral("PlanCategoryEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), this);
    auto* rename = new QPushButton(tr("Rename…"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* up = new QPushButton(tr("Up"), this);
    auto* down = new QPushButton(tr("Down"), this);
    for (QPushButton* b : {add, rename, remove, up, down})
        buttons->addWidget(b);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        if (const auto name = m_prompter.text(this, tr("Key-personnel category"),
                                              tr("Name of the key-personnel category")))
            addCategory(*name);
    });
    connect(rename, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0)
            return;
        if (const auto name = m_prompter.text(this, tr("Key-personnel category"),
                                              tr("New name of %1").arg(m_list->item(row)->text())))
            renameCategory(row, *name);
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeCategory(m_list->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] { moveCategory(m_list->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCategory(m_list->currentRow(), +1); });
}

void PlanCategoryEditor::setCategories(const QStringList& names) {
    m_list->clear();
    for (const QString& name : names) {
        auto* item = new QListWidgetItem(name, m_list);
        item->setData(kOriginalRole, name);
    }
}

QList<PlanCategoryEdit> PlanCategoryEditor::edits() const {
    QList<PlanCategoryEdit> out;
    for (int i = 0; i < m_list->count(); ++i)
        out << PlanCategoryEdit{m_list->item(i)->data(kOriginalRole).toString(),
                                m_list->item(i)->text()};
    return out;
}

bool PlanCategoryEditor::acceptable(const QString& name, int exceptRow) {
    bool duplicate = false;
    for (int i = 0; i < m_list->count(); ++i)
        duplicate = duplicate || (i != exceptRow && m_list->item(i)->text() == name);
    if (name.isEmpty() || duplicate) {
        m_prompter.warning(this, tr("Key-personnel category"),
                           tr("%1 is empty or already listed.").arg(name));
        return false;
    }
    return true;
}

bool PlanCategoryEditor::addCategory(const QString& name) {
    const QString n = name.simplified();
    if (!acceptable(n, -1))
        return false;
    m_list->addItem(n); // no original name: a new category
    return true;
}

bool PlanCategoryEditor::renameCategory(int row, const QString& name) {
    const QString n = name.simplified();
    if (row < 0 || row >= m_list->count() || !acceptable(n, row))
        return false;
    m_list->item(row)->setText(n);
    return true;
}

void PlanCategoryEditor::removeCategory(int row) {
    delete m_list->takeItem(row);
}

void PlanCategoryEditor::moveCategory(int row, int delta) {
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

} // namespace yufang
