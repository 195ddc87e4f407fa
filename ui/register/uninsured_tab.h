#pragma once

#include "services/uninsured_list.h"

#include <QAbstractTableModel>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace yufang {

class LazyReload;

class Prompter;
class Session;

// The uninsured enterprises of a subtree and year with their follow-up, one row each.
class UninsuredModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Unit,
        Industry,
        Enterprise,
        CreditCode,
        Employees,
        Status,
        Date,
        Note,
        ColumnCount
    };
    enum Role { RawRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;
    void setList(QList<UninsuredEnterprise> list);
    const QList<UninsuredEnterprise>& list() const { return m_list; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<UninsuredEnterprise> m_list;
};

// 扩面行动 tab: the list for the annual insurance-expansion campaign (专项扩面行动), the follow-up
// of each enterprise (已通知, 限期, 已参保 with a date), CSV and print.
class UninsuredTab : public QWidget {
    Q_OBJECT
public:
    UninsuredTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    // The list for the selection (reloaded first if the selection moved meanwhile).
    UninsuredModel* model() const;
    QTableView* view() const { return m_view; }
    void reload();
    // The register changed (an import): reload when next on screen.
    void registerChanged();
    // Sets the follow-up of the selected enterprise; false with a message when refused.
    bool setStatus(FollowUpStatus status, const QDate& date, const QString& note = {});
    bool exportCsv(const QString& path);
    ReportDocument report() const;

private:
    void printPreview();

    Session& m_session;
    Prompter& m_prompter;
    LazyReload* m_lazy; // a province's list is tens of thousands of enterprises
    UninsuredModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QDateEdit* m_date;
    QLineEdit* m_note;
};

} // namespace yufang
