#include "form_import_dialog.h"

#include "form_import_model.h"

#include "diagnostic_text.h"
#include "message_dialog.h"
#include "receipt_date_chooser.h"

#include "services/form_definitions.h"
#include "services/returns_service.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
QString replaceText() {
    return FormImportDialog::tr("Replace the data that already exists for these units and years");
}

// The remedy in this dialog's terms: the checkbox the clerk sees, not a command-line option.
QString dialogRemedy(Remedy remedy) {
    if (remedy == Remedy::Replace)
        return FormImportDialog::tr("tick \"%1\" below to replace it").arg(replaceText());
    return guiRemedy(remedy);
}

// FILE:LINE: message with the file's name only: the folder is the same for every line.
QString shortText(Diagnostic d) {
    d.file = QFileInfo(d.file).fileName();
    return d.toString(&dialogRemedy);
}
} // namespace

FormImportDialog::FormImportDialog(QSqlDatabase db, const QString& formCode,
                                   const QStringList& files, const FormImportOptions& options,
                                   QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_formCode(formCode), m_paths(files),
      m_options(options) {
    QString title = formCode;
    for (const PlanForm& f : FormDefinitions(m_db).all())
        if (f.definition.code == formCode) {
            title = f.definition.title;
            break;
        }
    setWindowTitle(tr("Import %1").arg(title));
    setObjectName(QStringLiteral("FormImportDialog"));
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new FormImportModel(this);
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setModel(m_model);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_replace = new QCheckBox(replaceText(), this);
    m_replace->setObjectName(QStringLiteral("replace"));
    m_receipt = new ReceiptDateChooser(tr("Record the returns as received on"), this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_rows, 3);
    rightLayout->addWidget(new QLabel(tr("Errors, warnings and notes:"), right));
    rightLayout->addWidget(m_findings, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_replace);
    layout->addWidget(m_receipt);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    fitToScreen(this, QSize(1100, 620));

    connect(m_files, &QListWidget::currentRowChanged, this, &FormImportDialog::showFile);
    connect(m_replace, &QCheckBox::toggled, this, &FormImportDialog::prepareAll);
    connect(m_receipt, &ReceiptDateChooser::changed, this, [this] {
        showFile(m_files->currentRow());
        updateButtons();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormImportDialog::importAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    prepareAll();
}

FormImportDialog::~FormImportDialog() = default;

QPushButton* FormImportDialog::importButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormImportDialog::prepareAll() {
    // Reading is cheap next to a clerk's decision (a county's form is a few dozen lines), so
    // the preview is prepared again whenever "replace" changes: errors then tell the truth.
    FormImportOptions options = m_options;
    options.replace = m_replace->isChecked();
    const FormTableImporter importer(m_db);
    const FormDefinitions definitions(m_db);
    const ReturnsService returns(m_db);
    m_imports.clear();
    m_definitions.clear();
    m_recordsReturns = false;
    bool anyExisting = false;
    for (const QString& path : std::as_const(m_paths)) {
        m_imports << importer.prepareFile(path, m_formCode, options);
        const FormTableFileImport& import = m_imports.last();
        anyExisting = anyExisting || import.replacesExisting;
        QList<FormDefinition> used;
        for (qsizetype i = 0; i < import.tables.size(); ++i) {
            const FormTable& t = import.tables.at(i);
            used << definitions.forUnit(t.unitCode, m_formCode, t.year).value_or(FormDefinition{});
            m_recordsReturns =
                m_recordsReturns || returns.importRecordsReturn(t.unitCode, m_formCode);
        }
        m_definitions << used;
    }
    m_receipt->setVisible(m_recordsReturns);
    const int current = qMax(0, m_files->currentRow());
    m_files->clear();
    for (const FormTableFileImport& import : std::as_const(m_imports)) {
        const int errors = countOf(import.diagnostics, Severity::Error);
        auto* item = new QListWidgetItem(QFileInfo(import.file).fileName(), m_files);
        item->setIcon(style()->standardIcon(import.acceptable() ? QStyle::SP_DialogApplyButton
                                                                : QStyle::SP_MessageBoxCritical));
        item->setToolTip(import.acceptable() ? tr("Ready to import")
                                             : tr("%1 error(s)").arg(errors));
    }
    m_replace->setEnabled(anyExisting || m_replace->isChecked());
    m_files->setCurrentRow(qMin(current, int(m_imports.size()) - 1));
    updateButtons();
}

void FormImportDialog::showFile(int index) {
    m_findings->clear();
    if (index < 0 || index >= m_imports.size()) {
        m_model->setImport({}, {});
        m_details->clear();
        return;
    }
    const FormTableFileImport& import = m_imports.at(index);
    QStringList units;
    QStringList years;
    for (qsizetype i = 0; i < import.tables.size(); ++i) {
        units << QStringLiteral("%1 (%2)").arg(import.units.at(i).name, import.units.at(i).code);
        years << QString::number(import.tables.at(i).year);
    }
    units.removeDuplicates();
    years.removeDuplicates();
    m_details->setText(
        tr("<b>%1</b><br>Encoding: %2 · Layout: %3 · Unit: %4 · Year: %5%6")
            // A file that could not be read (an .ods, a damaged workbook) has neither.
            .arg(QFileInfo(import.file).fileName().toHtmlEscaped(),
                 import.encoding.isEmpty() ? tr("not determined") : import.encoding,
                 import.tables.isEmpty()            ? tr("not determined")
                 : import.layout == CsvLayout::Form ? tr("form")
                                                    : tr("data"),
                 units.isEmpty() ? tr("not determined") : units.join(QStringLiteral(", ")),
                 years.isEmpty() ? tr("not determined") : years.join(QStringLiteral(", ")),
                 import.replacesExisting ? tr(" · <b>replaces existing data</b>") : QString()) +
        (m_recordsReturns ? tr("<br>Received on: %1").arg(receivedOn(index).toString(Qt::ISODate))
                          : QString()));
    m_model->setImport(import, m_definitions.value(index));
    for (const Diagnostic& d : import.diagnostics) {
        auto* item = new QListWidgetItem(shortText(d), m_findings);
        item->setIcon(style()->standardIcon(
            d.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : d.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_MessageBoxInformation));
        item->setData(Qt::UserRole, int(d.severity));
    }
    if (import.diagnostics.isEmpty())
        new QListWidgetItem(tr("No findings: the file can be imported as shown."), m_findings);
}

void FormImportDialog::updateButtons() {
    int ready = 0;
    for (const FormTableFileImport& import : std::as_const(m_imports))
        ready += import.acceptable() ? 1 : 0;
    importButton()->setEnabled(ready > 0);
    m_status->setText(
        ready == m_imports.size()
            ? tr("%1 file(s) ready to import.").arg(ready)
            : tr("%1 of %2 file(s) can be imported; the others are rejected and nothing of them "
                 "is written.")
                  .arg(ready)
                  .arg(m_imports.size()));
}

void FormImportDialog::setReceipt(Receipt receipt, const QDate& chosen) {
    m_receipt->setReceipt(receipt, chosen);
}

QDate FormImportDialog::receivedOn(int index) const {
    return m_receipt->receivedOn(
        index >= 0 && index < m_imports.size() ? m_imports.at(index).ownDate() : QDate());
}

int FormImportDialog::commitAll() {
    const FormTableImporter importer(m_db);
    for (int i = 0; i < m_imports.size(); ++i) {
        if (m_imports.at(i).landed)
            continue;
        // Without a return to record the date is not asked: the day of the import.
        m_imports[i].receivedOn = m_recordsReturns ? receivedOn(i) : QDate();
        // refuses a file with errors by itself; each file is one transaction
        importer.commit(m_imports[i]);
    }
    return landedCount();
}

int FormImportDialog::landedCount() const {
    int landed = 0;
    for (const FormTableFileImport& import : m_imports)
        landed += import.landed ? 1 : 0;
    return landed;
}

void FormImportDialog::importAll() {
    commitAll();
    accept();
}

QString FormImportDialog::summary() const {
    QStringList lines;
    for (const FormTableFileImport& import : m_imports) {
        FormTableFileImport shown = import;
        shown.file = QFileInfo(import.file).fileName();
        if (import.landed) {
            lines << shown.summary(false);
            for (const Diagnostic& d : import.diagnostics)
                if (d.severity == Severity::Info)
                    lines << QStringLiteral("    ") + shortText(d);
            continue;
        }
        if (import.acceptable()) {
            // Before Import the file is checked, not imported: say what would land.
            QStringList which;
            for (qsizetype i = 0; i < import.tables.size(); ++i)
                which << QStringLiteral("%1 %2")
                             .arg(import.units.at(i).name)
                             .arg(import.tables.at(i).year);
            lines << tr("%1: ready to import %2, %3 row(s) (%4, %5 warning(s)); nothing is "
                        "written until Import.")
                         .arg(shown.file, which.join(QStringLiteral("、")))
                         .arg(import.rowsRead())
                         .arg(import.encoding)
                         .arg(countOf(import.diagnostics, Severity::Warning));
            continue;
        }
        lines << shown.rejectedSummary();
        for (const Diagnostic& d : import.diagnostics)
            if (d.severity == Severity::Error)
                lines << QStringLiteral("    ") + shortText(d);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace yufang
