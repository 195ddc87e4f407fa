#pragma once

#include "receipt_date_chooser.h"

#include "services/form_table_import.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableView;

namespace yufang {

class FormImportModel;

// 导入 of files of any form (services/form_table_import): reads the chosen files and shows,
// before anything is written, what each holds (encoding, layout, unit, year, the rows as they
// will be stored) and what is wrong with it, as FILE:LINE: message. Import writes every
// acceptable file, each in its own transaction with the revision check; Cancel writes nothing.
// A form the unit already holds for the year is replaced only when the clerk ticks "replace".
// When the plan owes a return of the form (报送义务), each file is recorded as its unit's return
// received on the date the clerk chooses: today, the file's own date (its 填报日期, else the day
// it was last saved), or a date typed in; the returns board's on-time figures follow it.
class FormImportDialog : public QDialog {
    Q_OBJECT
public:
    using Receipt = ReceiptDateChooser::Receipt;

    // options: a unit and year that override the files' (the 报表 tab's selection), if any.
    FormImportDialog(QSqlDatabase db, const QString& formCode, const QStringList& files,
                     const FormImportOptions& options = {}, QWidget* parent = nullptr);
    ~FormImportDialog() override;

    const QList<FormTableFileImport>& imports() const { return m_imports; }
    FormImportModel* model() const { return m_model; }
    // One line per file: ready to import (before Import), landed, or rejected with every error.
    QString summary() const;
    // Writes the acceptable files (also what the Import button does) and closes the dialog.
    void importAll();
    // Writes the acceptable files; the number that landed.
    int commitAll();
    int landedCount() const;

    // The receipt date of the returns: today by default.
    void setReceipt(Receipt receipt, const QDate& chosen = {});
    // The date the file at `index` will be recorded as received on; never after today.
    QDate receivedOn(int index = 0) const;
    // Whether the plan owes a return of the form for a unit of the files: then the receipt
    // date is asked.
    bool recordsReturns() const { return m_recordsReturns; }
    QCheckBox* replaceBox() const { return m_replace; }
    QComboBox* receiptBox() const { return m_receipt->box(); }
    QDateEdit* receivedOnEdit() const { return m_receipt->dateEdit(); }
    QPushButton* importButton() const;
    QListWidget* findings() const { return m_findings; }

private:
    void prepareAll();
    void showFile(int index);
    void updateButtons();

    QSqlDatabase m_db;
    QString m_formCode;
    QStringList m_paths;
    FormImportOptions m_options;
    QList<FormTableFileImport> m_imports;
    QList<QList<FormDefinition>> m_definitions; // per file, per table
    bool m_recordsReturns = false;
    QListWidget* m_files;
    QLabel* m_details;
    QTableView* m_rows;
    FormImportModel* m_model;
    QListWidget* m_findings;
    QCheckBox* m_replace;
    ReceiptDateChooser* m_receipt;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace yufang
