#include "annex_versions_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

AnnexChangesModel::AnnexChangesModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnnexChangesModel::setChanges(const QList<AnnexChange>& changes) {
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int AnnexChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}
int AnnexChangesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnexChangesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size() ||
        (role != Qt::DisplayRole && role != RawValueRole))
        return {};
    const AnnexChange& c = m_changes.at(index.row());
    switch (index.column()) {
    case IndustryColumn:
        return c.kind == AnnexChange::Kind::Meta ? tr("(form details)") : c.industry;
    case FieldColumn:
        if (role == RawValueRole)
            return c.field;
        if (c.kind == AnnexChange::Kind::RowAdded)
            return tr("row added");
        if (c.kind == AnnexChange::Kind::RowRemoved)
            return tr("row removed");
        return annexFieldCaption(c.field);
    case OldValueColumn:
        return c.oldValue;
    case NewValueColumn:
        return c.newValue;
    default:
        return {};
    }
}

QVariant AnnexChangesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndustryColumn:
        return tr("Key industry");
    case FieldColumn:
        return tr("Field");
    case OldValueColumn:
        return tr("Older version");
    case NewValueColumn:
        return tr("Newer version");
    default:
        return {};
    }
}

AnnexVersionsDialog::AnnexVersionsDialog(const QSqlDatabase& db, const QString& unitCode, int year,
                                         QWidget* parent)
    : QDialog(parent), m_versions(AnnexVersionRepository(db).versions(unitCode, year)),
      m_older(new QComboBox(this)), m_newer(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new AnnexChangesModel(this)) {
    setObjectName(QStringLiteral("AnnexVersionsDialog"));
    setWindowTitle(tr("Versions of the form %1, %2").arg(unitCode).arg(year));
    for (int i = 0; i < m_versions.size(); ++i) {
        const AnnexVersion& v = m_versions.at(i);
        const QString label =
            tr("#%1  %2  %3  %4")
                .arg(i + 1)
                .arg(v.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     v.account, v.source);
        m_older->addItem(label, i);
        m_newer->addItem(label, i);
    }
    // By default: the latest resubmission against the one before it.
    m_older->setCurrentIndex(qMax(0, int(m_versions.size()) - 2));
    m_newer->setCurrentIndex(int(m_versions.size()) - 1);

    auto* view = new QTableView(this);
    view->setModel(m_model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Older"), m_older);
    form->addRow(tr("Newer"), m_newer);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_older, &QComboBox::currentIndexChanged, this, &AnnexVersionsDialog::compare);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &AnnexVersionsDialog::compare);
    resize(760, 480);
    compare();
}

void AnnexVersionsDialog::compare() {
    const int a = m_older->currentData().toInt();
    const int b = m_newer->currentData().toInt();
    if (m_versions.isEmpty() || a < 0 || b < 0) {
        m_model->setChanges({});
        m_summary->setText(tr("No saved versions yet."));
        return;
    }
    m_model->setChanges(diffAnnex(m_versions.at(a).table, m_versions.at(b).table));
    const AnnexVersion& newer = m_versions.at(b);
    m_summary->setText(tr("%1 difference(s). Newer version: %2%3")
                           .arg(m_model->rowCount())
                           .arg(newer.source, newer.sha256.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral("  SHA-256 ") + newer.sha256));
}

} // namespace yufang
