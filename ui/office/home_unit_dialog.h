#pragma once

#include "domain/unit.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace yufang {

class UnitTreeModel;

// 本单位: which office this copy of Yufang belongs to. Asked on first start and from
// 设置 → 本单位; the window opens on it and counts overdue returns for it.
class HomeUnitDialog : public QDialog {
    Q_OBJECT
public:
    // trackedSince: the office's 启用日期 as stored, or the default (1 January of this year).
    HomeUnitDialog(const QList<Unit>& units, const QString& current, const QDate& trackedSince,
                   QWidget* parent = nullptr);

    QString unitCode() const; // empty while nothing is selected
    // 启用日期: returns due before it are not counted as overdue.
    QDate trackedSince() const;
    QDateEdit* trackedSinceEdit() const { return m_since; }
    QLineEdit* filter() const { return m_filter; }
    QTreeView* tree() const { return m_tree; }
    bool select(const QString& code);

private:
    void updateOk();

    UnitTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_filter;
    QTreeView* m_tree;
    QDateEdit* m_since;
    QDialogButtonBox* m_buttons;
};

} // namespace yufang
