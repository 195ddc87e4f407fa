#include "form_import_dialog.h"

#include "diagnostic_text.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace yufang {

namespace {
// The 替换 checkbox is this dialog's remedy for "the unit holds this form already".
QString phraseRemedy(Remedy remedy) {
    return remedy == Remedy::Replace ? FormImportDialog::tr("tick 替换 to replace it")
                                     : guiRemedy(remedy);
}
} // namespace

FormImportDialog::FormImportDialog(const QSqlDatabase& db, const QString& formCode,
                                   const QString& unitCode, int year, const QString& path,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_formCode(formCode), m_unitCode(unitCode), m_year(year),
      m_path(path) {
    setObjectName(QStringLiteral("FormImportDialog"));
    setWindowTitle(tr("Import form"));
    resize(860, 420);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_findings = new QListWidget(this);
    m_replace = new QCheckBox(tr("Replace the form stored for the unit and year (替换)"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_replace);
    layout->addWidget(buttons);
    connect(m_replace, &QCheckBox::toggled, this, &FormImportDialog::prepare);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (commit())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    prepare();
}

void FormImportDialog::prepare() {
    FormImportOptions options;
    options.unit = m_unitCode;
    options.year = m_year;
    options.replace = m_replace->isChecked();
    m_import = FormTableImporter(m_db).prepareFile(m_path, m_formCode, options);
    m_findings->clear();
    for (const Diagnostic& d : m_import.diagnostics) {
        auto* item = new QListWidgetItem(d.toString(phraseRemedy), m_findings);
        item->setIcon(style()->standardIcon(d.severity == Severity::Error
                                                ? QStyle::SP_MessageBoxCritical
                                                : QStyle::SP_MessageBoxWarning));
    }
    m_importButton->setEnabled(m_import.acceptable() && !m_import.tables.isEmpty());
    m_status->setText(summary());
}

QString FormImportDialog::summary() const {
    if (!m_import.acceptable())
        return m_import.rejectedSummary();
    return m_import.summary();
}

bool FormImportDialog::commit() {
    if (!m_import.acceptable())
        return false;
    if (!FormTableImporter(m_db).commit(m_import)) {
        m_status->setText(summary());
        prepare(); // what is stored now, and why it did not land
        return false;
    }
    m_status->setText(summary());
    return true;
}

} // namespace yufang
