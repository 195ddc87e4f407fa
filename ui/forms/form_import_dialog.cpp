#include "form_import_dialog.h"

#include "diagnostic_text.h"
#include "receipt_date_chooser.h"

#include "storage/unit_repository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
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
    m_receipt = new ReceiptDateChooser(tr("Record the return as received on"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_findings, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_receipt);
    layout->addWidget(buttons);
    connect(m_replace, &QCheckBox::toggled, this, &FormImportDialog::prepare);
    connect(m_receipt, &ReceiptDateChooser::changed, this,
            [this] { m_status->setText(summary()); });
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
    const QString received = tr("Received on: %1").arg(receivedOn().toString(Qt::ISODate));
    if (m_import.landed)
        return m_import.summary() + QLatin1Char('\n') + received;
    // Before 导入 the file is checked, not imported: say what would land (the import's own
    // summary() reads "rejected, 0 errors" until it has landed).
    const UnitRepository units(m_db);
    QStringList which;
    int rows = 0;
    for (const FormTable& t : m_import.tables) {
        const auto unit = units.find(t.unitCode);
        which << QStringLiteral("%1 %2").arg(unit ? unit->name : t.unitCode).arg(t.year);
        rows += static_cast<int>(t.rows.size());
    }
    return tr("%1: ready to import %2, %3 row(s) (%4, %5 warning(s)); nothing is written until "
              "Import.")
               .arg(QFileInfo(m_import.file).fileName(), which.join(QStringLiteral("、")))
               .arg(rows)
               .arg(m_import.encoding)
               .arg(countOf(m_import.diagnostics, Severity::Warning)) +
           QLatin1Char('\n') + received;
}

QDate FormImportDialog::receivedOn() const {
    // The file's own date: the form's 填报日期, else the day the file was saved.
    QDate own;
    if (!m_import.tables.isEmpty())
        own = QDate::fromString(m_import.tables.first().field(form_fields::kFilledOn), Qt::ISODate);
    if (!own.isValid())
        own = QFileInfo(m_path).lastModified().date();
    return m_receipt->receivedOn(own);
}

bool FormImportDialog::commit() {
    if (!m_import.acceptable())
        return false;
    if (!FormTableImporter(m_db).commit(m_import, receivedOn())) {
        m_status->setText(summary());
        prepare(); // what is stored now, and why it did not land
        return false;
    }
    m_status->setText(summary());
    return true;
}

} // namespace yufang
