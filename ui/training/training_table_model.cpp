#include "training_table_model.h"

#include "domain/training_coverage.h"
#include "domain/training_validation.h"
#include "io/cell_parsing.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace yufang {

TrainingTableModel::TrainingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TrainingTableModel::setTable(const TrainingTable& table, bool readOnly,
                                  const TrainingTable& previous) {
    beginResetModel();
    m_table = table;
    m_saved = table;
    m_previous = previous;
    m_readOnly = readOnly;
    m_lines = trainingLines(m_table);
    revalidate();
    endResetModel();
    Q_EMIT diagnosticsChanged();
    Q_EMIT modifiedChanged(false);
}

void TrainingTableModel::markSaved() {
    m_saved = m_table;
    Q_EMIT modifiedChanged(false);
}

void TrainingTableModel::revert() {
    setTable(m_saved, m_readOnly);
}

void TrainingTableModel::setMeta(const TrainingMeta& meta) {
    const bool was = isModified();
    m_table.meta = meta;
    if (was != isModified())
        Q_EMIT modifiedChanged(isModified());
}

std::optional<TrainingField> TrainingTableModel::fieldOf(int column) {
    switch (column) {
    case KeyPersonnelColumn:
        return TrainingField::KeyPersonnel;
    case TrainedColumn:
        return TrainingField::Trained;
    case SessionsColumn:
        return TrainingField::Sessions;
    case OnlineColumn:
        return TrainingField::OnlineSessions;
    case OfflineColumn:
        return TrainingField::OfflineSessions;
    case ClassHoursColumn:
        return TrainingField::ClassHours;
    default:
        return std::nullopt;
    }
}

int TrainingTableModel::columnOf(const QString& fieldKey) {
    for (int c = 0; c < ColumnCount; ++c)
        if (const auto f = fieldOf(c); f && trainingFieldKey(*f) == fieldKey)
            return c;
    return fieldKey == QLatin1String("remark") ? RemarkColumn : IndustryColumn;
}

int TrainingTableModel::lineOf(int tableRow) const {
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).kind == TrainingLine::Kind::Row && m_lines.at(i).tableRow == tableRow)
            return i;
    return -1;
}

int TrainingTableModel::lineOf(const QString& industry, const QString& category) const {
    for (int i = 0; i < m_lines.size(); ++i)
        if (m_lines.at(i).kind == TrainingLine::Kind::Row && m_lines.at(i).industry == industry &&
            m_lines.at(i).category == category)
            return i;
    return -1;
}

int TrainingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TrainingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingTableModel::display(const TrainingLine& line, int column) const {
    switch (column) {
    case IndustryColumn:
        if (line.kind == TrainingLine::Kind::CategoryTotal ||
            line.kind == TrainingLine::Kind::GrandTotal)
            return tr("Total");
        return line.industry;
    case CategoryColumn:
        return line.kind == TrainingLine::Kind::IndustrySubtotal ? tr("Subtotal") : line.category;
    case CoverageColumn:
        return rates::formatTrainingCoverage(line.counts);
    case RemarkColumn:
        return line.remark;
    default:
        break;
    }
    const Count c = trainingValue(line.counts, *fieldOf(column));
    return c ? QLocale().toString(*c) : QString();
}

const Diagnostic* TrainingTableModel::worstAt(int tableRow, int column) const {
    const Diagnostic* worst = nullptr;
    for (const Diagnostic& d : m_diagnostics)
        if (d.row == tableRow && columnOf(d.field) == column &&
            (!worst || int(d.severity) < int(worst->severity)))
            worst = &d;
    return worst;
}

QVariant TrainingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_lines.size() || index.column() >= ColumnCount)
        return {};
    const TrainingLine& line = m_lines.at(index.row());
    const int column = index.column();
    const auto field = fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        return display(line, column);
    case Qt::EditRole:
        if (field) {
            const Count c = trainingValue(line.counts, *field);
            return c ? QVariant(*c) : QVariant();
        }
        return display(line, column);
    case RawValueRole:
        if (field) {
            const Count c = trainingValue(line.counts, *field);
            return c ? QVariant(*c) : QVariant();
        }
        if (column == CoverageColumn) {
            const auto v = rates::trainingCoveragePercent(line.counts);
            return v ? QVariant(*v) : QVariant();
        }
        return display(line, column);
    case LineKindRole:
        return int(line.kind);
    case CountCellRole:
        return field.has_value();
    case Qt::TextAlignmentRole:
        if (column == IndustryColumn || column == CategoryColumn || column == RemarkColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (line.isTotal()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole: {
        if (line.isTotal() || column == CoverageColumn)
            return QBrush(QColor(0xF3, 0xF4, 0xF6)); // computed: visibly not editable
        const Diagnostic* d = worstAt(line.tableRow, column);
        if (d && d->severity == Severity::Error)
            return QBrush(QColor(0xFD, 0xD8, 0xD8));
        if (d && d->severity == Severity::Warning)
            return QBrush(QColor(0xFF, 0xF1, 0xC2));
        return {};
    }
    case SeverityRole:
        if (const Diagnostic* d = line.isTotal() ? nullptr : worstAt(line.tableRow, column))
            return int(d->severity);
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!line.isTotal())
            for (const Diagnostic& d : m_diagnostics)
                if (d.row == line.tableRow && columnOf(d.field) == column)
                    lines << d.message;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

bool TrainingTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const bool was = isModified();
    TrainingRow& row = m_table.rows[m_lines.at(index.row()).tableRow];
    if (index.column() == RemarkColumn) {
        row.remark = value.toString();
    } else {
        QString text = value.toString().trimmed();
        const bool negative = text.startsWith(QLatin1Char('-')) || text.startsWith(QChar(0xFF0D));
        if (negative)
            text = text.mid(1);
        const ParsedCount parsed = parseCount(text);
        if (parsed.kind == ParsedCount::Kind::Invalid)
            return false;
        trainingRef(row.counts, *fieldOf(index.column())) =
            parsed.kind == ParsedCount::Kind::Empty
                ? Count()
                : Count(negative ? -parsed.value : parsed.value);
    }
    rebuild();
    if (was != isModified())
        Q_EMIT modifiedChanged(isModified());
    return true;
}

void TrainingTableModel::revalidate() {
    m_diagnostics = validateTrainingTable(m_table);
    m_diagnostics << validateTrainedAgainstPrevious(m_table, m_previous);
}

void TrainingTableModel::rebuild() {
    // The line structure is fixed by industries and categories; only counts change, so every
    // line (subtotals and totals follow any edit) is refreshed in place.
    m_lines = trainingLines(m_table);
    revalidate();
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
    Q_EMIT diagnosticsChanged();
}

Qt::ItemFlags TrainingTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_readOnly || m_lines.at(index.row()).isTotal())
        return f;
    if (fieldOf(index.column()) || index.column() == RemarkColumn)
        return f | Qt::ItemIsEditable;
    return f;
}

QVariant TrainingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndustryColumn:
        return tr("Key industry");
    case CategoryColumn:
        return tr("Key-personnel\ncategory");
    case KeyPersonnelColumn:
        return tr("Key\npersonnel");
    case TrainedColumn:
        return tr("Trained\n(cumulative)");
    case CoverageColumn:
        return tr("Coverage\n(%)");
    case SessionsColumn:
        return tr("Trainings\nthis year");
    case OnlineColumn:
        return tr("of which\nonline");
    case OfflineColumn:
        return tr("of which\noffline");
    case ClassHoursColumn:
        return tr("Class\nhours");
    case RemarkColumn:
        return tr("Remark");
    default:
        return {};
    }
}

} // namespace yufang
