#pragma once

#include "services/annex_importer.h"

#include <QAbstractTableModel>

namespace yufang {

// The rows one annex file would write, as the import preview shows them: unit, year, the
// industry, counts and the rates recomputed from them (never the file's own rates).
class AnnexImportModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        UnitColumn,
        YearColumn,
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
        RawValueRole =
            Qt::UserRole + 1, // unit code, year, qint64 count, double rate; invalid when empty
        LocalIndustryRole,    // bool: becomes or is a local key industry
    };

    explicit AnnexImportModel(QObject* parent = nullptr);

    void setImport(const AnnexFileImport& import,
                   RateDenominator denominator = RateDenominator::InsuredPersons);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        int annex; // index in m_import.annexes
        int row;   // index in that annex's table rows
    };
    AnnexFileImport m_import;
    QList<Row> m_rows;
    RateDenominator m_denominator = RateDenominator::InsuredPersons;
};

} // namespace yufang
