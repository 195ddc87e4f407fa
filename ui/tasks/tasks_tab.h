#pragma once

#include "services/task_checklist.h"
#include "storage/record_revisions.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace yufang {

class HazardForm;
class HazardTableModel;
class Prompter;
class Session;
class TaskTableModel;

// The 任务 tab: the selected unit's obligations for the selected year with status, date done,
// responsible department and evidence; the hazard-rectification list; print and CSV of the
// checklist. 逾期 is computed against the clock, which tests replace.
class TasksTab : public QWidget {
    Q_OBJECT
public:
    TasksTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    using Clock = std::function<QDate()>;
    void setClock(Clock clock);
    QDate today() const { return m_clock(); }

    TaskTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    HazardTableModel* hazardModel() const { return m_hazardModel; }
    HazardForm* hazardForm() const { return m_hazardForm; }
    QComboBox* statusBox() const { return m_status; }
    QDateEdit* doneOnEdit() const { return m_doneOn; }
    QLineEdit* departmentEdit() const { return m_department; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QListWidget* fileList() const { return m_files; }
    QLabel* summaryLabel() const { return m_summary; }

    void selectRow(int row);
    // Saves the form into the selected obligation's record; false with a message when refused.
    bool saveRecord();
    // Copies the file beside the database and lists it under the selected obligation.
    bool attachFile(const QString& path);
    bool removeSelectedFile();
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path);
    ReportDocument report() const;

public Q_SLOTS:
    void reload();
    void printPreview();

private:
    QWidget* buildChecklistPage();
    void showSelected();
    void chooseAndAttach();
    void openSelectedFile();
    void chooseAndExportCsv();
    void chooseAndExportPdf();
    void updateSummary();

    Session& m_session;
    Prompter& m_prompter;
    Clock m_clock;
    TaskTableModel* m_model;
    HazardTableModel* m_hazardModel;
    QLabel* m_summary;
    QTabWidget* m_pages;
    QTableView* m_view;
    QComboBox* m_status;
    QDateEdit* m_doneOn;
    QLineEdit* m_department;
    QPlainTextEdit* m_note;
    QListWidget* m_files;
    QPushButton* m_save;
    HazardForm* m_hazardForm;
    QHash<QString, qint64> m_taskRevisions; // taken when the checklist was loaded
};

} // namespace yufang
