#pragma once

#include "domain/annex.h"
#include "domain/diagnostic.h"
#include "domain/plan.h"

#include <QAbstractTableModel>

namespace yufang {

// The annex form as an editable table: one row per key industry, then 合计. Rates and the
// total row are computed, never edited; every edit re-validates and marks cells with errors
// (red) and warnings (yellow), with the reason as tooltip.
class AnnexTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IndustryColumn,
        EnterprisesColumn,
        InsuredEnterprisesColumn,
        EmployeesColumn,
        InsuredPersonsColumn,
        CoverageRateColumn,
        AccidentsColumn,
        AccidentRateColumn,
        RemarkColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // qint64 count, double rate, or invalid when empty
        SeverityRole,      // int(Severity) of the worst finding on the cell, or invalid
        LocalIndustryRole, // bool
    };

    explicit AnnexTableModel(QObject* parent = nullptr);

    void setTable(const AnnexTable& table, RateDenominator denominator, bool readOnly);
    const AnnexTable& table() const { return m_table; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_table != m_saved; }
    // The form as loaded or last saved: the "before" of the edits on screen.
    const AnnexTable& savedTable() const { return m_saved; }
    void markSaved() {
        m_saved = m_table;
        Q_EMIT modifiedChanged(false);
    }
    // Back to the form as loaded or last saved. Not QAbstractItemModel::revert(): a view calls
    // that when an editor is cancelled (Escape), which must drop only that cell's typing.
    void revertEdits();
    void setMeta(const AnnexMeta& meta);

    const Diagnostics& diagnostics() const { return m_diagnostics; }
    bool isTotalRow(int row) const { return row == m_table.rows.size(); }
    static std::optional<CountField> countFieldOf(int column);
    static int columnOf(const QString& fieldKey);

    // A local key industry of the unit (各县区确定的重点行业); false with *error when invalid.
    bool addLocalIndustry(const QString& name, QString* error);
    bool removeLocalIndustry(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void diagnosticsChanged();

private:
    void revalidate();
    void afterEdit(bool wasModified);
    QVariant display(const AnnexRow& row, bool total, int column) const;
    const Diagnostic* worstAt(int row, int column) const;

    AnnexTable m_table;
    AnnexTable m_saved;
    RateDenominator m_denominator = RateDenominator::InsuredPersons;
    bool m_readOnly = true;
    Diagnostics m_diagnostics;
};

} // namespace yufang
