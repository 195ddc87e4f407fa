#include "home_unit_dialog.h"

#include "unit_tree_model.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace yufang {

HomeUnitDialog::HomeUnitDialog(const QList<Unit>& units, const QString& current,
                               const QDate& trackedSince, QWidget* parent)
    : QDialog(parent), m_model(new UnitTreeModel(this)), m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("HomeUnitDialog"));
    setWindowTitle(tr("Your unit"));
    m_model->setUnits(units);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    auto* intro = new QLabel(
        tr("Which unit does this office report for? Yufang opens on it, and the overdue "
           "returns in the status bar are counted for it: what it owes its parent and what it "
           "collects from the units below. You can change it later under Settings → Your "
           "unit."),
        this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter units by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->expandToDepth(0);
    m_since = new QDateEdit(
        trackedSince.isValid() ? trackedSince : QDate(QDate::currentDate().year(), 1, 1), this);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* sinceLabel = new QLabel(tr("Returns tracked in Yufang since:"), this);
    sinceLabel->setBuddy(m_since);
    auto* sinceNote = new QLabel(tr("Returns due before this day were handled before Yufang and "
                                    "are not counted as overdue."),
                                 this);
    sinceNote->setWordWrap(true);
    auto* sinceRow = new QHBoxLayout;
    sinceRow->addWidget(sinceLabel);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(sinceRow);
    layout->addWidget(sinceNote);
    layout->addWidget(m_buttons);
    resize(460, 520);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
        updateOk();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &HomeUnitDialog::updateOk);
    connect(m_tree, &QTreeView::doubleClicked, this, [this] {
        if (!unitCode().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    select(current);
    updateOk();
}

QDate HomeUnitDialog::trackedSince() const {
    return m_since->date();
}

QString HomeUnitDialog::unitCode() const {
    return m_model->codeAt(m_proxy->mapToSource(m_tree->currentIndex()));
}

bool HomeUnitDialog::select(const QString& code) {
    const QModelIndex source = m_model->indexOfCode(code);
    if (!source.isValid())
        return false;
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    return true;
}

void HomeUnitDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!unitCode().isEmpty());
}

} // namespace yufang
