#include "annex_import_model.h"

#include "domain/rates.h"

namespace yufang {

AnnexImportModel::AnnexImportModel(QObject* parent) : QAbstractTableModel(parent) {}

void AnnexImportModel::setImport(const AnnexFileImport& import, RateDenominator denominator) {
    beginResetModel();
    m_import = import;
    m_denominator = denominator;
    m_rows.clear();
    for (int a = 0; a < m_import.annexes.size(); ++a)
        for (int r = 0; r < m_import.annexes.at(a).table.rows.size(); ++r)
            m_rows << Row{a, r};
    endResetModel();
}

int AnnexImportModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnexImportModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnexImportModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const ImportedAnnex& annex = m_import.annexes.at(m_rows.at(index.row()).annex);
    const AnnexRow& row = annex.table.rows.at(m_rows.at(index.row()).row);
    const AnnexCounts& c = row.counts;
    auto count = [&](Count v) -> QVariant {
        if (role == RawValueRole)
            return v ? QVariant(*v) : QVariant();
        return v ? QString::number(*v) : QString();
    };
    if (role == LocalIndustryRole)
        return row.local;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= EnterprisesColumn && index.column() <= AccidentRateColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case UnitColumn:
        return role == RawValueRole ? QVariant(annex.unit.code) : QVariant(annex.unit.name);
    case YearColumn:
        return role == RawValueRole ? QVariant(annex.table.year)
                                    : QVariant(QString::number(annex.table.year));
    case IndustryColumn:
        if (role == Qt::ToolTipRole && row.local)
            return tr("A local key industry of %1").arg(annex.unit.name);
        return row.industry;
    case EnterprisesColumn:
        return count(c.enterprises);
    case InsuredEnterprisesColumn:
        return count(c.insuredEnterprises);
    case EmployeesColumn:
        return count(c.employees);
    case InsuredPersonsColumn:
        return count(c.insuredPersons);
    case AccidentsColumn:
        return count(c.accidents);
    case CoverageRateColumn:
        if (role == RawValueRole) {
            const auto v = rates::coverageRatePercent(c);
            return v ? QVariant(*v) : QVariant();
        }
        return c.isEmpty() ? QString() : rates::formatCoverageRate(c);
    case AccidentRateColumn:
        if (role == RawValueRole) {
            const auto v = rates::accidentRatePerMille(c, m_denominator);
            return v ? QVariant(*v) : QVariant();
        }
        return c.isEmpty() ? QString() : rates::formatAccidentRate(c, m_denominator);
    case RemarkColumn:
        return row.remark;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AnnexImportModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UnitColumn:
        return tr("Unit");
    case YearColumn:
        return tr("Year");
    case IndustryColumn:
        return tr("Key industry");
    case EnterprisesColumn:
        return tr("Enterprises");
    case InsuredEnterprisesColumn:
        return tr("Insured enterprises");
    case EmployeesColumn:
        return tr("Employees");
    case InsuredPersonsColumn:
        return tr("Insured persons");
    case CoverageRateColumn:
        return tr("Coverage rate (%)");
    case AccidentsColumn:
        return tr("Accidents");
    case AccidentRateColumn:
        return tr("Accident rate (‰)");
    case RemarkColumn:
        return tr("Remark");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace yufang
