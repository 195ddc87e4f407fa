#pragma once

#include "storage/record_revisions.h"

#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace yufang {

class DiseaseTableModel;
class Prompter;
class Session;

// The 职业病 tab: new cases of pneumoconiosis and other occupational diseases and the workers
// exposed to dust per key industry (editable for a unit without children, consolidated for a
// parent), and the trend of new cases against the baseline year with the plan's target if it
// sets one.
class DiseaseTab : public QWidget {
    Q_OBJECT
public:
    DiseaseTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    DiseaseTableModel* model() const { return m_model; }
    QTableWidget* trendTable() const { return m_trend; }
    QLabel* targetLabel() const { return m_target; }

    bool isModified() const;
    bool save();
    bool maybeSave();
    int importFiles(const QStringList& paths, bool replace);
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    void reload();
    void setTarget();
    void importDialog();
    void exportDialog();
    void exportPdfDialog();

private:
    void notifyChanged();
    void updateTrend();
    void updateActions();

    Session& m_session;
    Prompter& m_prompter;
    DiseaseTableModel* m_model;
    QLabel* m_title;
    QLabel* m_banner;
    QTableView* m_view;
    QLineEdit* m_preparer;
    QLineEdit* m_phone;
    QLabel* m_target;
    QTableWidget* m_trend;
    QChartView* m_chart;
    QPushButton* m_save;
    QPushButton* m_revert;
    bool m_loading = false;
    RevisionTicket m_revision; // of the table on screen when it was loaded
};

} // namespace yufang
