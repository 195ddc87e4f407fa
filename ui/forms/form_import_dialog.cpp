#include "form_import_dialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace yufang {

FormImportDialog::FormImportDialog(const QSqlDatabase& db, const FormDefinition& definition,
                                   const QString& unitCode, int year, const QString& path,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_definition(definition),
      m_prepared(form_access::prepareImport(db, definition, unitCode, year, path)) {
    setObjectName(QStringLiteral("FormImportDialog"));
    setWindowTitle(tr("Import %1").arg(definition.title));
    resize(820, 420);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_findings = new QListWidget(this);
    for (const Diagnostic& d : m_prepared.diagnostics) {
        auto* item = new QListWidgetItem(d.toString(), m_findings);
        const bool error = d.severity == Severity::Error;
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setEnabled(m_prepared.canCommit());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    layout->addWidget(buttons);
    m_status->setText(summary());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (commit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString FormImportDialog::summary() const {
    const QString name = QFileInfo(m_prepared.file).fileName();
    const int errors = countOf(m_prepared.diagnostics, Severity::Error);
    const int warnings = countOf(m_prepared.diagnostics, Severity::Warning);
    if (m_landed)
        return tr("%1 imported: %2 form(s), %3 warning(s).")
            .arg(name)
            .arg(m_prepared.tables.size())
            .arg(warnings);
    if (errors > 0)
        return tr("%1 cannot be imported: %2 error(s), %3 warning(s). Nothing was written.")
            .arg(name)
            .arg(errors)
            .arg(warnings);
    QStringList rows;
    for (const FormTable& t : m_prepared.tables)
        rows << tr("%1 rows for %2, %3").arg(t.rows.size()).arg(t.unitCode).arg(t.year);
    return tr("%1 (%2): %3; %4 warning(s). Import replaces the form stored for the unit and year.")
        .arg(name, m_prepared.encoding, rows.join(QStringLiteral("; ")))
        .arg(warnings);
}

bool FormImportDialog::commit() {
    QString error;
    if (!m_prepared.canCommit() ||
        !form_access::commitImport(m_db, m_definition, m_prepared, &error)) {
        m_status->setText(error.isEmpty() ? summary() : tr("Nothing was written: %1").arg(error));
        return false;
    }
    m_landed = true;
    return true;
}

} // namespace yufang
