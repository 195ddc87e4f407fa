#pragma once

#include "storage/record_revisions.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;

namespace yufang {

class FormEditor;
class FormFileActions;
class FormTableModel;
class Prompter;
class Session;

// The 职业病 tab: new cases of pneumoconiosis and other occupational diseases and the workers
// exposed to dust per key industry (editable for a unit without children, consolidated for a
// parent), and the trend of new cases against the baseline year with the plan's target if it
// sets one. The table, 填报人 and 联系电话 are the form engine's editor on the plan's `disease`
// definition, saved as any form is; what only this tab has is the trend beside it.
class DiseaseTab : public QWidget {
    Q_OBJECT
public:
    DiseaseTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    FormEditor* editor() const { return m_editor; }
    FormFileActions* files() const { return m_files; }
    FormTableModel* model() const;
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

private:
    void updateTrend();
    void updateActions();

    Session& m_session;
    Prompter& m_prompter;
    FormEditor* m_editor;
    QLabel* m_target;
    QTableWidget* m_trend;
    QChartView* m_chart;
    QPushButton* m_save;
    QPushButton* m_revert;
    FormFileActions* m_files; // save, import, export and print, as the 培训 tab does
};

} // namespace yufang
