#pragma once

#include "storage/record_revisions.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace yufang {

class CoverageChart;
class FormEditor;
class FormFileActions;
class FormTableModel;
class Prompter;
class ProviderPanel;
class Session;

// The 培训 tab: the training table of the selected unit and year (editable for a unit without
// children, consolidated and read-only for a parent), CSV in and out and printing. The table,
// 填报人 and 联系电话 are the form engine's editor on the plan's `training` definition (rows
// grouped by industry with their categories, 培训覆盖率, the subtotals and 合计 computed from
// the definition, the rules' findings at their cells), saved as any form is. Beside it, in the
// editor's side panel: the coverage against the path and the target over the years with the
// child units that lag (worst first), and the recommended providers.
class TrainingTab : public QWidget {
    Q_OBJECT
public:
    TrainingTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    FormEditor* editor() const { return m_editor; }
    FormFileActions* files() const { return m_files; }
    FormTableModel* model() const;
    QTableView* view() const;
    CoverageChart* chart() const { return m_chart; }
    QTableWidget* childTable() const { return m_children; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* banner() const;
    ProviderPanel* providerPanel() const { return m_providers; }
    // The side panel's pages: coverage, recommended providers.
    QTabWidget* pages() const { return m_pages; }

    bool isModified() const;
    bool save();
    bool maybeSave();
    // Imports each file in its own transaction; asks before replacing stored data. Returns the
    // number of files that landed.
    int importFiles(const QStringList& paths);
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    void reload();
    void addCategory();

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void updateProgress();
    void updateActions();

    Session& m_session;
    Prompter& m_prompter;
    FormEditor* m_editor;
    QTabWidget* m_pages;
    QLabel* m_status;
    CoverageChart* m_chart;
    QTableWidget* m_children;
    ProviderPanel* m_providers;
    QPushButton* m_addCategory;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_revert;
    QPushButton* m_save;
    FormFileActions* m_files; // save, import, export and print, as the 职业病 tab does
};

} // namespace yufang
