#include "unit_selector.h"

#include "session.h"
#include "unit_tree_model.h"

#include "storage/unit_repository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace yufang {

UnitSelector::UnitSelector(Session& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new UnitTreeModel(this)),
      m_proxy(new QSortFilterProxyModel(this)) {
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter units by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(false);
    m_tree->header()->setStretchLastSection(false);
    // As wide as the longest name: a name longer than the pane ("临沂高新技术产业开发区") scrolls
    // sideways instead of being cut to "临沂高新技术产业开…".
    m_tree->header()->setSectionResizeMode(UnitTreeModel::NameColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(UnitTreeModel::CodeColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    // Names, not codes: at 1024 px the code column left "山…" of every name. The code stays in
    // the tooltip and the filter still finds it; the pane is wide enough for a county's name.
    m_tree->hideColumn(UnitTreeModel::CodeColumn);
    m_tree->setMinimumWidth(
        m_tree->fontMetrics().horizontalAdvance(QStringLiteral("临沂经济技术")) +
        3 * m_tree->indentation() + 24);
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(2020);

    auto* form = new QFormLayout;
    form->addRow(tr("Year"), m_year);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addLayout(form);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UnitSelector::request);
    connect(m_year, &QSpinBox::valueChanged, this, &UnitSelector::request);
    connect(&m_session, &Session::databaseChanged, this, &UnitSelector::reloadUnits);
    connect(&m_session, &Session::selectionChanged, this, &UnitSelector::showSelection);
    reloadUnits();
}

void UnitSelector::reloadUnits() {
    m_syncing = true;
    m_model->setUnits(m_session.hasDatabase() ? UnitRepository(m_session.connection()).all()
                                              : QList<Unit>());
    m_tree->expandToDepth(0);
    m_syncing = false;
}

bool UnitSelector::selectUnit(const QString& code, int year) {
    const QModelIndex source = m_model->indexOfCode(code);
    if (!source.isValid())
        return false;
    if (year > 0) {
        m_syncing = true;
        m_year->setValue(year);
        m_syncing = false;
    }
    m_tree->setCurrentIndex(m_proxy->mapFromSource(source));
    request();
    return m_session.unitCode() == code;
}

void UnitSelector::request() {
    if (m_syncing)
        return;
    const QString code = m_model->codeAt(m_proxy->mapToSource(m_tree->currentIndex()));
    if (code.isEmpty())
        return;
    if (!m_session.select(code, m_year->value()))
        showSelection(); // refused: put the old unit and year back
}

void UnitSelector::showSelection() {
    m_syncing = true;
    m_year->setValue(m_session.year());
    const QModelIndex source = m_model->indexOfCode(m_session.unitCode());
    if (source.isValid()) {
        const QModelIndex proxy = m_proxy->mapFromSource(source);
        m_tree->setCurrentIndex(proxy);
        m_tree->scrollTo(proxy);
    }
    m_syncing = false;
}

} // namespace yufang
