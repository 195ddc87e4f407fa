#pragma once

#include "storage/record_revisions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace yufang {

class CoverageChart;
class Prompter;
class ProviderPanel;
class Session;
class TrainingTableModel;

// The 培训 tab: the training table of the selected unit and year (editable for a unit without
// children, consolidated and read-only for a parent), its coverage against the path and the
// 100 % target over the years, the child units that lag (worst first), CSV in and out, printing,
// and the recommended providers in a sub-tab.
class TrainingTab : public QWidget {
    Q_OBJECT
public:
    TrainingTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    TrainingTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    CoverageChart* chart() const { return m_chart; }
    QTableWidget* childTable() const { return m_children; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* banner() const { return m_banner; }
    ProviderPanel* providerPanel() const { return m_providers; }
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
    void importDialog();
    void exportDialog();
    void printPreview();
    void exportPdfDialog();

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    void updateProgress();
    void updateFindings();
    void updateActions();
    void metaEdited();

    Session& m_session;
    Prompter& m_prompter;
    TrainingTableModel* m_model;
    QLabel* m_title;
    QLabel* m_unitLine;
    QLabel* m_banner;
    QTabWidget* m_pages;
    QTableView* m_view;
    QLineEdit* m_preparer;
    QLineEdit* m_phone;
    QListWidget* m_findings;
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
    bool m_loading = false;
    RevisionTicket m_revision; // of the table on screen when it was loaded
};

} // namespace yufang
