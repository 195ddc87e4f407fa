#pragma once

#include "domain/obligation.h"

#include <QAbstractTableModel>

namespace yufang {

// A plan's return obligations (报送义务: what a unit sends, from which level to which, to whom
// and by when) as an editable table on the plan editor's 报送义务 page. The direction and the
// recurrence are chosen from lists (ChoicesRole); the deadline is typed as MM-DD for a yearly
// return and as YYYY-MM-DD for a one-off one, and a value that does not parse is refused.
class PlanReturnsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        DirectionColumn,
        RecipientColumn,
        RecurrenceColumn,
        DueColumn,
        ColumnCount
    };
    // On the direction and recurrence columns: the texts to choose from, in the order of the
    // values they stand for (ObligationScope, Recurrence); EditRole then takes the index.
    enum Role { ChoicesRole = Qt::UserRole + 1 };

    explicit PlanReturnsModel(QObject* parent = nullptr);
    void setObligations(const QList<Obligation>& list);
    const QList<Obligation>& obligations() const { return m_list; }
    // A new yearly return of the units below, due 31 December, at the end of the list.
    int appendObligation(const QString& title);
    void removeObligation(int row);
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString directionText(ObligationScope scope);
    static QString recurrenceText(Recurrence recurrence);
    static QString dueText(const Obligation& o);

Q_SIGNALS:
    void edited();

private:
    void markEdited();

    QList<Obligation> m_list;
    bool m_modified = false;
};

} // namespace yufang
