#pragma once

#include "domain/expert.h"
#include "storage/record_revisions.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace yufang {

class ExpertFilterModel;
class ExpertTableModel;
class Prompter;
class Session;

// The 专家库 tab: the pool with search and filters, a form to add and edit, CSV in and out.
class ExpertTab : public QWidget {
    Q_OBJECT
public:
    ExpertTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    ExpertTableModel* model() const { return m_model; }
    ExpertFilterModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* fieldFilter() const { return m_fieldFilter; }
    QComboBox* levelFilter() const { return m_levelFilter; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* fieldBox() const { return m_field; }
    QComboBox* levelBox() const { return m_level; }
    QLineEdit* employerEdit() const { return m_employer; }
    QLineEdit* validUntilEdit() const { return m_validUntil; }

    void newExpert();
    bool saveExpert();
    bool removeSelected();
    bool importCsv(const QString& path);
    bool exportCsv(const QString& path); // .xlsx or CSV by the extension
    QList<Expert> shown() const;         // the filtered rows, in the shown order

Q_SIGNALS:
    void poolChanged();

public Q_SLOTS:
    void reload();

private:
    void showSelected();
    void applyFilters();

    Session& m_session;
    Prompter& m_prompter;
    ExpertTableModel* m_model;
    ExpertFilterModel* m_filter;
    qint64 m_editingId = 0;
    QHash<QString, qint64> m_revisions; // of the experts, taken when the list was loaded
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_fieldFilter;
    QComboBox* m_levelFilter;
    QLineEdit* m_name;
    QComboBox* m_field;
    QComboBox* m_level;
    QLineEdit* m_employer;
    QLineEdit* m_title;
    QLineEdit* m_contact;
    QLineEdit* m_validUntil;
};

} // namespace yufang
