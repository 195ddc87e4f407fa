#include "form_versions_dialog.h"

#include "domain/annex_form_table.h"
#include "form_access.h"
#include "returns/audit_table_model.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

FormChangesModel::FormChangesModel(const FormDefinition& definition, QObject* parent)
    : QAbstractTableModel(parent), m_definition(definition) {}

void FormChangesModel::setChanges(const QList<FormChange>& changes) {
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int FormChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_changes.size());
}
int FormChangesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormChangesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_changes.size() ||
        (role != Qt::DisplayRole && role != RawValueRole))
        return {};
    const FormChange& c = m_changes.at(index.row());
    switch (index.column()) {
    case RowColumn:
        return c.kind == FormChange::Kind::Field ? tr("(form details)")
                                                 : formRowLabel(c.group, c.row);
    case FieldColumn:
        if (role == RawValueRole)
            return c.field;
        if (c.kind == FormChange::Kind::RowAdded)
            return tr("row added");
        if (c.kind == FormChange::Kind::RowRemoved)
            return tr("row removed");
        return formFieldCaption(m_definition, c.field);
    case OldValueColumn:
        return c.oldValue;
    case NewValueColumn:
        return c.newValue;
    default:
        return {};
    }
}

QVariant FormChangesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn:
        return tr("Row");
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

namespace {
// The definition the unit's form follows in the year names the changes; the 基本情况表 falls
// back on its own columns, any other form on the keys.
FormDefinition definitionOf(const QSqlDatabase& db, const QString& formCode,
                            const QString& unitCode, int year) {
    if (auto d = form_access::definitionFor(db, formCode, unitCode, year))
        return *d;
    if (formCode == annexStackDefinition().code)
        return annexStackDefinition();
    FormDefinition d;
    d.code = formCode;
    return d;
}
} // namespace

FormVersionsDialog::FormVersionsDialog(const QSqlDatabase& db, const QString& formCode,
                                       const QString& unitCode, int year, QWidget* parent)
    : QDialog(parent), m_definition(definitionOf(db, formCode, unitCode, year)),
      m_versions(form_access::versions(db, formCode, unitCode, year)), m_older(new QComboBox(this)),
      m_newer(new QComboBox(this)), m_summary(new QLabel(this)),
      m_model(new FormChangesModel(m_definition, this)) {
    setObjectName(QStringLiteral("FormVersionsDialog"));
    setWindowTitle(tr("Versions of %1, %2, %3")
                       .arg(m_definition.title.isEmpty() ? formCode : m_definition.title, unitCode)
                       .arg(year));
    for (int i = 0; i < m_versions.size(); ++i) {
        const FormVersion& v = m_versions.at(i);
        const QString label =
            tr("#%1  %2  %3  %4")
                .arg(i + 1)
                .arg(v.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     v.account, AuditTableModel::sourceCaption(v.source));
        m_older->addItem(label, i);
        m_newer->addItem(label, i);
    }
    // By default: the latest resubmission against the one before it.
    m_older->setCurrentIndex(qMax(0, int(m_versions.size()) - 2));
    m_newer->setCurrentIndex(int(m_versions.size()) - 1);

    auto* view = new QTableView(this);
    m_view = view;
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
    connect(m_older, &QComboBox::currentIndexChanged, this, &FormVersionsDialog::compare);
    connect(m_newer, &QComboBox::currentIndexChanged, this, &FormVersionsDialog::compare);
    resize(760, 480);
    compare();
}

void FormVersionsDialog::compare() {
    const int a = m_older->currentData().toInt();
    const int b = m_newer->currentData().toInt();
    if (m_versions.isEmpty() || a < 0 || b < 0) {
        m_model->setChanges({});
        m_summary->setText(tr("No saved versions yet."));
        return;
    }
    m_model->setChanges(diffForms(m_definition, m_versions.at(a).table, m_versions.at(b).table));
    // Row names such as 危险化学品/一线班组长 in full; none of the first three columns takes more
    // than a third of the width, so the newer value keeps room.
    m_view->resizeColumnsToContents();
    for (int c : {FormChangesModel::RowColumn, FormChangesModel::FieldColumn,
                  FormChangesModel::OldValueColumn})
        m_view->setColumnWidth(c, qMin(m_view->columnWidth(c), width() / 3));
    const FormVersion& newer = m_versions.at(b);
    m_summary->setText(
        tr("%1 difference(s). Newer version: %2%3")
            .arg(m_model->rowCount())
            .arg(AuditTableModel::sourceCaption(newer.source),
                 newer.sha256.isEmpty() ? QString() : QStringLiteral("  SHA-256 ") + newer.sha256));
}

} // namespace yufang
