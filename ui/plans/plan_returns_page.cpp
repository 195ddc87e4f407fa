#include "plan_returns_page.h"

#include "plan_returns_model.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
// A list to choose from on the columns that offer one (PlanReturnsModel::ChoicesRole), the
// default line edit elsewhere.
class ChoiceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        const QStringList choices = index.data(PlanReturnsModel::ChoicesRole).toStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* box = new QComboBox(parent);
        box->addItems(choices);
        return box;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* box = qobject_cast<QComboBox*>(editor))
            box->setCurrentIndex(index.data(Qt::EditRole).toInt());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        if (auto* box = qobject_cast<QComboBox*>(editor))
            model->setData(index, box->currentIndex(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};
} // namespace

PlanReturnsPage::PlanReturnsPage(QWidget* parent)
    : QWidget(parent), m_model(new PlanReturnsModel(this)) {
    setObjectName(QStringLiteral("PlanReturnsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The returns this plan asks for. \"Units below → this level\": every unit directly "
           "below a unit that follows the plan sends it (the counties to the city); \"This level "
           "→ the level above\": the unit that follows the plan sends it itself. Form: the import "
           "of that form (the baseline year's or each year's) counts as the return, received on "
           "the date the import names. Saved with the plan."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("PlanReturnsView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ChoiceDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(PlanReturnsModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PlanReturnsModel::RecipientColumn,
                                                     QHeaderView::Stretch);
    for (int c : {int(PlanReturnsModel::DirectionColumn), int(PlanReturnsModel::RecurrenceColumn),
                  int(PlanReturnsModel::DueColumn), int(PlanReturnsModel::FormColumn)})
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_view, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add return"), this);
    add->setObjectName(QStringLiteral("AddReturnButton"));
    auto* remove = new QPushButton(tr("Remove return"), this);
    remove->setObjectName(QStringLiteral("RemoveReturnButton"));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PlanReturnsPage::addObligation);
    connect(remove, &QPushButton::clicked, this, &PlanReturnsPage::removeCurrent);
}

void PlanReturnsPage::setObligations(const QList<Obligation>& obligations) {
    m_model->setObligations(obligations);
}

void PlanReturnsPage::setForms(const QList<FormDefinition>& forms) {
    QList<PlanReturnsModel::Form> list;
    for (const FormDefinition& d : forms)
        list << PlanReturnsModel::Form{obligationFormCode(d.code), d.title};
    // The annex's importer records returns whether the plan describes the form or not.
    const bool annexListed =
        std::any_of(list.cbegin(), list.cend(), [](const auto& f) { return f.code.isEmpty(); });
    if (!annexListed)
        list.prepend(PlanReturnsModel::Form{{}, QStringLiteral("重点行业企业基本情况表")});
    m_model->setForms(list);
}

QList<Obligation> PlanReturnsPage::obligations() const {
    return m_model->obligations();
}

bool PlanReturnsPage::isModified() const {
    return m_model->isModified();
}

void PlanReturnsPage::addObligation() {
    const int row = m_model->appendObligation(tr("New return"));
    const QModelIndex title = m_model->index(row, PlanReturnsModel::TitleColumn);
    m_view->setCurrentIndex(title);
    m_view->edit(title);
}

void PlanReturnsPage::removeCurrent() {
    m_model->removeObligation(m_view->currentIndex().row());
}

} // namespace yufang
