#pragma once

#include "receipt_date_chooser.h"

#include "services/annex_importer.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QTableView;

namespace yufang {

class AnnexImportModel;

// 文件 → 导入基本情况表: reads the chosen files and shows, before anything is written, what
// each holds (encoding, layout, unit, year, the rows) and what is wrong with it. Import writes
// every acceptable file, each in its own transaction; Cancel writes nothing. Data that exists
// already is replaced only when the clerk ticks "replace". Each file is recorded as its unit's
// return received on the date the clerk chooses: today, the file's own date (its 填报日期,
// else the day it was last saved), or a date typed in.
class AnnexImportDialog : public QDialog {
    Q_OBJECT
public:
    using Receipt = ReceiptDateChooser::Receipt;

    AnnexImportDialog(QSqlDatabase db, const QStringList& files, QWidget* parent = nullptr);
    ~AnnexImportDialog() override;

    const QList<AnnexFileImport>& imports() const { return m_imports; }
    AnnexImportModel* model() const { return m_model; }
    // One line per file after importing: landed, or rejected with every error.
    QString summary() const;
    // Writes the acceptable files (also what the Import button does) and closes the dialog.
    void importAll();

    // The receipt date of the returns: today by default.
    void setReceipt(Receipt receipt, const QDate& chosen = {});
    // The date the file at `index` will be recorded as received on.
    QDate receivedOn(int index) const;
    QCheckBox* replaceBox() const { return m_replace; }

private:
    void prepareAll();
    void showFile(int index);
    void updateButtons();

    QSqlDatabase m_db;
    QStringList m_paths;
    QList<AnnexFileImport> m_imports;
    QListWidget* m_files;
    QLabel* m_details;
    QTableView* m_rows;
    AnnexImportModel* m_model;
    QListWidget* m_findings;
    QCheckBox* m_replace;
    ReceiptDateChooser* m_receipt;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace yufang
