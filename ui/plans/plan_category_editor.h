#pragma once

#include "storage/plan_category_store.h"

#include <QGroupBox>

class QListWidget;

namespace yufang {

class Prompter;

// The plan editor's key-personnel categories (重点人员类别): add, rename, remove, reorder. Each
// row remembers the name it was loaded with so a rename carries the stored training rows along
// when PlanCategoryStore saves the list.
class PlanCategoryEditor : public QGroupBox {
    Q_OBJECT
public:
    PlanCategoryEditor(Prompter& prompter, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    void setCategories(const QStringList& names);
    QList<PlanCategoryEdit> edits() const;

    bool addCategory(const QString& name);
    bool renameCategory(int row, const QString& name);
    void removeCategory(int row);
    void moveCategory(int row, int delta);

private:
    bool acceptable(const QString& name, int exceptRow);

    Prompter& m_prompter;
    QListWidget* m_list;
};

} // namespace yufang
