#pragma once

#include "io/csv_writer.h"
#include "io/form_csv_writer.h"

#include <QDialog>

class QComboBox;

namespace yufang {

// The two choices of 文件 → 导出基本情况表 and of the 报表 tab's export: layout (the form as
// printed, or one data row per industry) and encoding (UTF-8 with BOM for current Excel and
// WPS, GB18030 for older ones). The 报表 tab also offers the form's blank template (an .xlsx to
// fill in) as a third layout; the annex has its own menu entry for it.
class AnnexExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit AnnexExportDialog(QWidget* parent = nullptr);

    // Adds the choice of the blank template (offerTemplate) to the layouts.
    void offerTemplate();
    bool blankTemplate() const;
    CsvLayout layout() const; // Form for the blank template
    CsvEncoding encoding() const;
    QComboBox* layoutBox() const { return m_layout; }
    QComboBox* encodingBox() const { return m_encoding; }

private:
    QComboBox* m_layout;
    QComboBox* m_encoding;
};

} // namespace yufang
