#include "annex_export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>

namespace yufang {

namespace {
constexpr int kTemplate = -1; // the layout box's data of the blank template
} // namespace

AnnexExportDialog::AnnexExportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export key-industry form"));
    setObjectName(QStringLiteral("AnnexExportDialog"));
    m_layout = new QComboBox(this);
    m_layout->setObjectName(QStringLiteral("layout"));
    m_layout->addItem(tr("Form, as printed (what counties fill in)"), int(CsvLayout::Form));
    m_layout->addItem(tr("Data, one row per unit, year and industry"), int(CsvLayout::Data));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (Excel 2016 and later, WPS)"),
                        int(CsvEncoding::Utf8Bom));
    m_encoding->addItem(tr("GB18030 (older Excel)"), int(CsvEncoding::Gb18030));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Layout:"), m_layout);
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void AnnexExportDialog::offerTemplate() {
    m_layout->addItem(tr("Blank template to fill in (Excel workbook)"), kTemplate);
}

bool AnnexExportDialog::blankTemplate() const {
    return m_layout->currentData().toInt() == kTemplate;
}

CsvLayout AnnexExportDialog::layout() const {
    return blankTemplate() ? CsvLayout::Form : CsvLayout(m_layout->currentData().toInt());
}

CsvEncoding AnnexExportDialog::encoding() const {
    return CsvEncoding(m_encoding->currentData().toInt());
}

} // namespace yufang
