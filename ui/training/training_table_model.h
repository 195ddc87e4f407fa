#pragma once

#include "domain/diagnostic.h"
#include "domain/training.h"
#include "domain/training_layout.h"

#include <QAbstractTableModel>

#include <optional>

namespace yufang {

// The training table as a grid: per key industry its category rows and a subtotal, then the
// category totals and the total (trainingLines). Category rows are editable for a unit without
// children; totals and coverage are computed. Every edit re-validates: errors red, warnings
// yellow, the reason as tooltip.
class TrainingTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        IndustryColumn,
        CategoryColumn,
        KeyPersonnelColumn,
        TrainedColumn,
        CoverageColumn,
        SessionsColumn,
        OnlineColumn,
        OfflineColumn,
        ClassHoursColumn,
        RemarkColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // qint64 count, double coverage (%), or invalid when empty
        SeverityRole,  // int(Severity) of the worst finding on the cell, or invalid
        LineKindRole,  // int(TrainingLine::Kind)
        CountCellRole, // true on the whole-number cells
    };

    explicit TrainingTableModel(QObject* parent = nullptr);

    // previous: the unit's table of the year before, for the "trained fell" warning.
    void setTable(const TrainingTable& table, bool readOnly, const TrainingTable& previous = {});
    const TrainingTable& table() const { return m_table; }
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_table != m_saved; }
    void markSaved();
    void revert();
    void setMeta(const TrainingMeta& meta);
    const Diagnostics& diagnostics() const { return m_diagnostics; }

    static std::optional<TrainingField> fieldOf(int column);
    static int columnOf(const QString& fieldKey);
    // The grid row showing table row `tableRow`; -1 when none.
    int lineOf(int tableRow) const;
    // The grid row of an industry × category, for tests and navigation; -1 when none.
    int lineOf(const QString& industry, const QString& category) const;

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
    void rebuild();
    void revalidate();
    QVariant display(const TrainingLine& line, int column) const;
    const Diagnostic* worstAt(int tableRow, int column) const;

    TrainingTable m_table;
    TrainingTable m_saved;
    TrainingTable m_previous;
    QList<TrainingLine> m_lines;
    bool m_readOnly = true;
    Diagnostics m_diagnostics;
};

} // namespace yufang
