#include "annex_import_dialog.h"
#include "receipt_date_chooser.h"

#include "annex_import_model.h"
#include "diagnostic_text.h"
#include "message_dialog.h"

#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

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
    return AnnexImportDialog::tr("Replace the data that already exists for these units and years");
}

// The remedy in this dialog's terms: the checkbox the clerk sees, not a command-line option.
QString dialogRemedy(Remedy remedy) {
    if (remedy == Remedy::Replace)
        return AnnexImportDialog::tr("tick \"%1\" below to replace it").arg(replaceText());
    return guiRemedy(remedy);
}

// FILE:LINE: message with the file's name only: the folder is the same for every line.
QString shortText(Diagnostic d) {
    d.file = QFileInfo(d.file).fileName();
    return d.toString(&dialogRemedy);
}
} // namespace

AnnexImportDialog::AnnexImportDialog(QSqlDatabase db, const QStringList& files, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_paths(files) {
    setWindowTitle(tr("Import key-industry forms"));
    setObjectName(QStringLiteral("AnnexImportDialog"));
    m_files = new QListWidget(this);
    m_files->setObjectName(QStringLiteral("files"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_model = new AnnexImportModel(this);
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

    connect(m_files, &QListWidget::currentRowChanged, this, &AnnexImportDialog::showFile);
    connect(m_replace, &QCheckBox::toggled, this, &AnnexImportDialog::prepareAll);
    connect(m_receipt, &ReceiptDateChooser::changed, this,
            [this] { showFile(m_files->currentRow()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnnexImportDialog::importAll);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    prepareAll();
}

AnnexImportDialog::~AnnexImportDialog() = default;

void AnnexImportDialog::prepareAll() {
    // Reading is cheap next to a clerk's decision (a county's form is a few dozen lines), so
    // the preview is prepared again whenever "replace" changes: errors then tell the truth.
    AnnexImportOptions options;
    options.replace = m_replace->isChecked();
    const AnnexImporter importer(m_db);
    m_imports.clear();
    bool anyExisting = false;
    for (const QString& path : std::as_const(m_paths)) {
        m_imports << importer.prepareFile(path, options);
        for (const ImportedAnnex& a : m_imports.last().annexes)
            anyExisting = anyExisting || a.replacesExisting;
    }
    const int current = qMax(0, m_files->currentRow());
    m_files->clear();
    for (const AnnexFileImport& import : std::as_const(m_imports)) {
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

void AnnexImportDialog::showFile(int index) {
    m_findings->clear();
    if (index < 0 || index >= m_imports.size()) {
        m_model->setImport({});
        m_details->clear();
        return;
    }
    const AnnexFileImport& import = m_imports.at(index);
    RateDenominator denominator = RateDenominator::InsuredPersons;
    QStringList units;
    QStringList years;
    bool replaces = false;
    for (const ImportedAnnex& a : import.annexes) {
        units << QStringLiteral("%1 (%2)").arg(a.unit.name, a.unit.code);
        years << QString::number(a.table.year);
        replaces = replaces || a.replacesExisting;
        if (const auto plan =
                PlanRepository(m_db).find(UnitRepository(m_db).effectivePlanId(a.unit.code)))
            denominator = plan->rateDenominator;
    }
    years.removeDuplicates();
    m_details->setText(
        tr("<b>%1</b><br>Encoding: %2 · Layout: %3 · Unit: %4 · Year: %5%6")
            // A file that could not be read (an .ods, a damaged workbook) has neither.
            .arg(QFileInfo(import.file).fileName().toHtmlEscaped(),
                 import.encoding.isEmpty() ? tr("not determined") : import.encoding,
                 import.annexes.isEmpty()           ? tr("not determined")
                 : import.layout == CsvLayout::Form ? tr("form")
                                                    : tr("data"),
                 units.isEmpty() ? tr("not determined") : units.join(QStringLiteral(", ")),
                 years.isEmpty() ? tr("not determined") : years.join(QStringLiteral(", ")),
                 replaces ? tr(" · <b>replaces existing data</b>") : QString()) +
        tr("<br>Received on: %1").arg(receivedOn(index).toString(Qt::ISODate)));
    m_model->setImport(import, denominator);
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

void AnnexImportDialog::updateButtons() {
    int ready = 0;
    for (const AnnexFileImport& import : std::as_const(m_imports))
        ready += import.acceptable() ? 1 : 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready > 0);
    m_status->setText(
        ready == m_imports.size()
            ? tr("%1 file(s) ready to import.").arg(ready)
            : tr("%1 of %2 file(s) can be imported; the others are rejected and nothing of them "
                 "is written.")
                  .arg(ready)
                  .arg(m_imports.size()));
}

void AnnexImportDialog::setReceipt(Receipt receipt, const QDate& chosen) {
    m_receipt->setReceipt(receipt, chosen);
}

QDate AnnexImportDialog::receivedOn(int index) const {
    return m_receipt->receivedOn(
        index >= 0 && index < m_imports.size() ? m_imports.at(index).ownDate() : QDate());
}

void AnnexImportDialog::importAll() {
    const AnnexImporter importer(m_db);
    for (int i = 0; i < m_imports.size(); ++i) {
        m_imports[i].receivedOn = receivedOn(i);
        // refuses a file with errors by itself; each file is one transaction
        importer.commit(m_imports[i]);
    }
    accept();
}

QString AnnexImportDialog::summary() const {
    QStringList lines;
    for (const AnnexFileImport& import : m_imports) {
        AnnexFileImport shown = import;
        shown.file = QFileInfo(import.file).fileName();
        lines << shown.summary();
        if (import.landed) {
            for (const Diagnostic& d : import.diagnostics)
                if (d.severity == Severity::Info)
                    lines << QStringLiteral("    ") + shortText(d);
            continue;
        }
        for (const Diagnostic& d : import.diagnostics)
            if (d.severity == Severity::Error)
                lines << QStringLiteral("    ") + shortText(d);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace yufang
