#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableView;

namespace yufang {

class AuditTableModel;
class Prompter;
class LazyReload;
class Session;

// The 审计记录 tab: the append-only trail with filters (the selected unit and what lies below
// it, a year, a date range) and CSV export. It offers no way to change an event.
class AuditView : public QWidget {
    Q_OBJECT
public:
    AuditView(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    // The events for the current filters (reloaded first if the selection moved meanwhile).
    AuditTableModel* model() const;
    QCheckBox* unitOnly() const { return m_unitOnly; }
    QSpinBox* yearFilter() const { return m_year; }
    QCheckBox* dateFilter() const { return m_useDates; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    bool exportCsv(const QString& path, QString* error) const;

public Q_SLOTS:
    void reload();

private:
    void exportDialog();

    Session& m_session;
    Prompter& m_prompter;
    LazyReload* m_lazy; // the trail of a province is tens of thousands of events
    AuditTableModel* m_model;
    QCheckBox* m_unitOnly;
    QSpinBox* m_year;
    QCheckBox* m_useDates;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_count;
    QTableView* m_view;
};

} // namespace yufang
