#pragma once

#include "receipt_date_chooser.h"

#include "services/form_table_import.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace yufang {

// 导入 of one file of an engine form (services/form_table_import): the file is read and checked
// first, nothing written; the findings are listed as FILE:LINE: message; 替换 allows replacing
// a form the unit already holds for the year; only 导入 writes, in one transaction with the
// revision check. Errors leave the button disabled. As for the annex, the clerk says when the
// return was received (today, the file's own date, or a date chosen): the returns board's
// on-time figures follow it.
class FormImportDialog : public QDialog {
    Q_OBJECT
public:
    using Receipt = ReceiptDateChooser::Receipt;

    FormImportDialog(const QSqlDatabase& db, const QString& formCode, const QString& unitCode,
                     int year, const QString& path, QWidget* parent = nullptr);

    const FormTableFileImport& prepared() const { return m_import; }
    QListWidget* findings() const { return m_findings; }
    QCheckBox* replaceBox() const { return m_replace; }
    QPushButton* importButton() const { return m_importButton; }
    bool landed() const { return m_import.landed; }
    QComboBox* receiptBox() const { return m_receipt->box(); }
    QDateEdit* receivedOnEdit() const { return m_receipt->dateEdit(); }
    void setReceipt(Receipt receipt, const QDate& chosen = {}) {
        m_receipt->setReceipt(receipt, chosen);
    }
    // The date the return is recorded as received on, as chosen; never after today.
    QDate receivedOn() const;
    QString summary() const;
    // Writes the file (what 导入 does); false with the reason shown in the dialog.
    bool commit();

private:
    void prepare();

    QSqlDatabase m_db;
    QString m_formCode;
    QString m_unitCode;
    int m_year;
    QString m_path;
    FormTableFileImport m_import;
    QLabel* m_status;
    QListWidget* m_findings;
    QCheckBox* m_replace;
    ReceiptDateChooser* m_receipt;
    QPushButton* m_importButton;
};

} // namespace yufang
