#pragma once

#include <QWidget>

class QSpinBox;
class QTreeView;
class QLineEdit;
class QSortFilterProxyModel;

namespace yufang {

class Session;
class UnitTreeModel;

// The left pane: the unit tree (with a filter box) and the year. Changing either asks the
// session, which may refuse (unsaved changes kept), and then the old selection is restored.
class UnitSelector : public QWidget {
    Q_OBJECT
public:
    explicit UnitSelector(Session& session, QWidget* parent = nullptr);

    QTreeView* tree() const { return m_tree; }
    QSpinBox* yearBox() const { return m_year; }
    // Selects a unit by code (and optionally the year) as if the user clicked it.
    bool selectUnit(const QString& code, int year = 0);

private:
    void reloadUnits();
    void request();
    void showSelection();

    Session& m_session;
    UnitTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QLineEdit* m_filter;
    QSpinBox* m_year;
    bool m_syncing = false;
};

} // namespace yufang
