#pragma once

#include "domain/plan.h"
#include "domain/progress.h"

#include <QAbstractTableModel>

namespace yufang {

// Progress figures as a table: one row per industry (one year), per year (the total) or per
// child unit. Display text is formatted exactly (half-up, "—" when not applicable); the raw
// numbers sit under RawValueRole so a QSortFilterProxyModel sorts by value, not by text.
class ProgressTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // What a reader looks for first comes first: status and reduction, then the units they
    // cover, then the rates behind them, then the counts. The status follows the like-for-like
    // reduction (ReductionColumn); the reduction of all reported units stands beside it.
    enum Column {
        NameColumn,
        StatusColumn,
        ReductionColumn, // like for like: the units that reported in both years
        ExpectedColumn,
        AllReportedReductionColumn,
        ReportingColumn, // 应报 N，已报 M (baseline year / year)
        AccidentRateColumn,
        BaselineRateColumn,
        AccidentsColumn,
        InsuredPersonsColumn,
        CoverageColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // qint64 count, double rate / %, int status (units:
                                         // the like-for-like count); invalid when n/a
        StatusKeyRole,                   // canonical status key ("behind", ...)
    };
    struct Row {
        QString name;
        ProgressFigure figure;
        bool bold = false; // the total
    };

    explicit ProgressTableModel(QObject* parent = nullptr);

    void setNameHeader(const QString& header);
    // The head-count column shows the plan's rate denominator (insured persons or employees).
    void setDenominator(RateDenominator denominator);
    // The baseline year named in the header of the units column.
    void setBaselineYear(int year);
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant raw(const Row& row, int column) const;
    QString text(const Row& row, int column) const;

    Count denominatorOf(const ProgressFigure& f) const;

    QString m_nameHeader;
    RateDenominator m_denominator = RateDenominator::InsuredPersons;
    int m_baselineYear = 0;
    QList<Row> m_rows;
};

} // namespace yufang
