#include "register_model.h"

#include <QCursor>
#include <QGuiApplication>
#include <QLocale>
#include <QSqlQuery>

namespace yufang {

RegisterModel::RegisterModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent), m_query(db) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT code, name FROM unit"));
    while (q.next())
        m_unitNames.insert(q.value(0).toString(), q.value(1).toString());
}

void RegisterModel::setFilter(const RegisterFilter& filter) {
    m_filter = filter;
    reload();
}

void RegisterModel::reload() {
    beginResetModel();
    refetch();
    endResetModel();
}

void RegisterModel::refetch() {
    m_pages.clear();
    m_recent.clear();
    // Sorted by a column other than the key, every page would sort all filtered rows again
    // (a second per page over a million): sort once, keep the ids in order, fetch pages by id.
    // A search scans every name: collect the (few) matching ids in that one scan rather than
    // scanning again for the count; many matches fall back to counting and LIMIT/OFFSET pages.
    if (m_sortColumn >= 0)
        m_ids = m_query.ids(m_filter, m_sortColumn, m_ascending, kMaxSortedIds);
    else if (!m_filter.search.trimmed().isEmpty())
        m_ids = m_query.ids(m_filter, m_sortColumn, m_ascending, kMaxIds);
    else
        m_ids = std::nullopt;
    m_count = m_ids ? m_ids->size() : m_query.count(m_filter);
}

int RegisterModel::rowCount(const QModelIndex& parent) const {
    // A view cannot address more than int rows; a province register is far below that.
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int RegisterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kRegisterColumnCount;
}

const RegisterEntry* RegisterModel::entry(int row) const {
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page,
                            m_ids ? m_query.rows(m_ids->mid(qsizetype(page) * kPageSize, kPageSize))
                                  : m_query.page(m_filter, m_sortColumn, m_ascending,
                                                 qint64(page) * kPageSize, kPageSize));
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const int at = row % kPageSize;
    return at < it->size() ? &it->at(at) : nullptr;
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= kRegisterColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != RawRole && role != Qt::TextAlignmentRole &&
        role != Qt::ToolTipRole)
        return {};
    const auto column = RegisterColumn(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = registerColumnIsCount(column) || column == RegisterColumn::Payroll ||
                             column == RegisterColumn::Contributions ||
                             column == RegisterColumn::BenefitsPaid;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter
                                           : Qt::AlignLeft | Qt::AlignVCenter);
    }
    const RegisterEntry* e = entry(index.row());
    if (!e)
        return {};
    const QVariant v = e->value(column);
    if (role == RawRole)
        return v;
    if (v.isNull())
        return QString();
    switch (column) {
    case RegisterColumn::UnitCode:
        return role == Qt::ToolTipRole ? v.toString()
                                       : m_unitNames.value(v.toString(), v.toString());
    case RegisterColumn::Insured:
        return v.toInt() ? tr("Yes") : tr("No");
    case RegisterColumn::Payroll:
    case RegisterColumn::Contributions:
    case RegisterColumn::BenefitsPaid:
        return QLocale().toString(v.toDouble(), 'f', 2);
    case RegisterColumn::Year:
        return v.toString();
    default:
        return registerColumnIsCount(column) ? QLocale().toString(v.toLongLong()) : v.toString();
    }
}

QString RegisterModel::columnTitle(RegisterColumn column) {
    switch (column) {
    case RegisterColumn::UnitCode:
        return tr("Unit");
    case RegisterColumn::EnterpriseName:
        return tr("Enterprise");
    case RegisterColumn::CreditCode:
        return tr("Credit code");
    case RegisterColumn::Industry:
        return tr("Industry");
    case RegisterColumn::Year:
        return tr("Year");
    case RegisterColumn::Employees:
        return tr("Employees");
    case RegisterColumn::InsuredEmployees:
        return tr("Insured persons");
    case RegisterColumn::Insured:
        return tr("Insured");
    case RegisterColumn::Accidents:
        return tr("Accidents");
    case RegisterColumn::OccupationalDiseaseCases:
        return tr("Occupational disease cases");
    case RegisterColumn::KeyPersonnel:
        return tr("Key personnel");
    case RegisterColumn::KeyPersonnelTrained:
        return tr("Key personnel trained");
    case RegisterColumn::RiskClass:
        return tr("Risk class");
    case RegisterColumn::Payroll:
        return tr("Payroll");
    case RegisterColumn::Contributions:
        return tr("Contributions");
    case RegisterColumn::BenefitsPaid:
        return tr("Benefits paid");
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < kRegisterColumnCount)
        return columnTitle(RegisterColumn(section));
    if (orientation == Qt::Horizontal && role == RawRole && section >= 0 &&
        section < kRegisterColumnCount)
        return registerColumnKey(RegisterColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RegisterModel::sort(int column, Qt::SortOrder order) {
    if (column >= kRegisterColumnCount)
        return;
    // Sorting a whole province's register by a column takes most of a second: say so.
    QGuiApplication::setOverrideCursor(QCursor(Qt::WaitCursor));
    beginResetModel();
    m_sortColumn = column;
    m_ascending = order == Qt::AscendingOrder;
    refetch();
    endResetModel();
    QGuiApplication::restoreOverrideCursor();
}

} // namespace yufang
