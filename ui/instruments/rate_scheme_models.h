#pragma once

#include "domain/rate_floating.h"
#include "services/rate_float_batch.h"

#include <QAbstractTableModel>

namespace yufang {

// The editable risk-class table of the rate-floating scheme: base rate and tiers in percent.
class RiskClassModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ClassColumn, BaseRateColumn, TiersColumn, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit RiskClassModel(QObject* parent = nullptr);
    void setClasses(const QList<RiskClass>& classes);
    const QList<RiskClass>& classes() const { return m_classes; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QList<RiskClass> m_classes;
};

// The editable, ordered rule table: the first matching rule decides the tier.
class FloatRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        InjuriesColumn,
        NotApplicableColumn,
        MinColumn,
        MaxColumn,
        TierColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit FloatRuleModel(QObject* parent = nullptr);
    void setRules(const QList<FloatRule>& rules);
    const QList<FloatRule>& rules() const { return m_rules; }
    void insertRule(int row);
    void removeRule(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QList<FloatRule> m_rules;
};

// Results of a batch run, read-only.
class FloatBatchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ClassColumn,
        PayoutColumn,
        TierColumn,
        RateColumn,
        PremiumColumn,
        RuleColumn,
        ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit FloatBatchModel(QObject* parent = nullptr);
    void setRows(const QList<FloatBatchRow>& rows);
    const QList<FloatBatchRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<FloatBatchRow> m_rows;
};

} // namespace yufang
