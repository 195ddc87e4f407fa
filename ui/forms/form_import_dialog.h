#pragma once

#include "form_access.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace yufang {

// 导入 of one form file: the file is read and checked first (nothing written), the findings
// are listed as FILE:LINE: message, and only 导入 writes it, in one transaction. Errors leave
// the button disabled.
class FormImportDialog : public QDialog {
    Q_OBJECT
public:
    FormImportDialog(const QSqlDatabase& db, const FormDefinition& definition,
                     const QString& unitCode, int year, const QString& path,
                     QWidget* parent = nullptr);

    const form_access::PreparedImport& prepared() const { return m_prepared; }
    QListWidget* findings() const { return m_findings; }
    QPushButton* importButton() const { return m_importButton; }
    bool landed() const { return m_landed; }
    QString summary() const;
    // Writes the file (what 导入 does); false with the reason shown in the dialog.
    bool commit();

private:
    QSqlDatabase m_db;
    FormDefinition m_definition;
    form_access::PreparedImport m_prepared;
    QLabel* m_status;
    QListWidget* m_findings;
    QPushButton* m_importButton;
    bool m_landed = false;
};

} // namespace yufang
