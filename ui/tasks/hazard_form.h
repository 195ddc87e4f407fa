#pragma once

#include "domain/hazard.h"
#include "storage/record_revisions.h"

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;

namespace yufang {

class HazardTableModel;
class Prompter;
class Session;

// The hazard-rectification list of the 任务 tab: the table and a form to add, edit, close and
// delete entries of the selected unit.
class HazardForm : public QWidget {
    Q_OBJECT
public:
    HazardForm(Session& session, Prompter& prompter, HazardTableModel* model,
               QWidget* parent = nullptr);

    void setToday(const QDate& today) { m_today = today; }
    QTableView* view() const { return m_view; }
    QLineEdit* enterpriseEdit() const { return m_enterprise; }
    QLineEdit* problemEdit() const { return m_problem; }
    QDateEdit* foundOnEdit() const { return m_foundOn; }
    QDateEdit* deadlineEdit() const { return m_deadline; }
    QLineEdit* departmentEdit() const { return m_department; }
    QComboBox* statusBox() const { return m_status; }
    QDateEdit* closedOnEdit() const { return m_closedOn; }

    // The hazards' revisions, taken before the list was read (RecordRevisions::allOf).
    void setRevisions(QHash<QString, qint64> revisions) { m_revisions = std::move(revisions); }
    void select(int row);
    void newHazard();      // clears the form for a new entry
    bool save();           // inserts or updates; false with a message when refused
    bool removeSelected(); // asks first

Q_SIGNALS:
    void changed();

private:
    void showSelected();

    Session& m_session;
    Prompter& m_prompter;
    HazardTableModel* m_model;
    QDate m_today;
    qint64 m_editingId = 0;
    QHash<QString, qint64> m_revisions;
    QTableView* m_view;
    QLineEdit* m_enterprise;
    QLineEdit* m_problem;
    QDateEdit* m_foundOn;
    QDateEdit* m_deadline;
    QLineEdit* m_department;
    QComboBox* m_status;
    QDateEdit* m_closedOn;
    QLineEdit* m_note;
};

} // namespace yufang
