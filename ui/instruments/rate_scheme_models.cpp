#include "rate_scheme_models.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace yufang {

namespace {
// Percent as typed: "80", "80%", "0.2" → fraction; nullopt when not a number.
std::optional<double> percentFromText(QString text) {
    text = text.trimmed();
    text.remove(QLatin1Char('%')).remove(QChar(0xFF05));
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v / 100.0) : std::nullopt;
}

QString percentNumber(double fraction, int decimals = 0) {
    return QString::number(fraction * 100.0, 'f', decimals);
}

QString tiersText(const QList<double>& tiers) {
    QStringList parts;
    for (double t : tiers)
        parts << percentNumber(t);
    return parts.join(QLatin1Char('/'));
}
} // namespace

// ---- RiskClassModel

RiskClassModel::RiskClassModel(QObject* parent) : QAbstractTableModel(parent) {}

void RiskClassModel::setClasses(const QList<RiskClass>& classes) {
    beginResetModel();
    m_classes = classes;
    endResetModel();
}

int RiskClassModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_classes.size());
}
int RiskClassModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RiskClassModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_classes.size())
        return {};
    const RiskClass& c = m_classes.at(index.row());
    if (role == RawValueRole) {
        if (index.column() == ClassColumn)
            return c.riskClass;
        if (index.column() == BaseRateColumn)
            return c.baseRate;
        return tiersText(c.tiers);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case ClassColumn:
        return c.riskClass;
    case BaseRateColumn:
        return QString(percentNumber(c.baseRate, 2) +
                       (role == Qt::DisplayRole ? QStringLiteral("%") : QString()));
    case TiersColumn:
        return QString(tiersText(c.tiers) +
                       (role == Qt::DisplayRole ? QStringLiteral(" %") : QString()));
    default:
        return {};
    }
}

bool RiskClassModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_classes.size())
        return false;
    RiskClass& c = m_classes[index.row()];
    if (index.column() == BaseRateColumn) {
        const auto v = percentFromText(value.toString());
        if (!v || *v <= 0.0 || *v >= 1.0)
            return false;
        c.baseRate = *v;
    } else if (index.column() == TiersColumn) {
        QList<double> tiers;
        for (const QString& part : value.toString().split(
                 QRegularExpression(QStringLiteral("[/,，、\\s]+")), Qt::SkipEmptyParts)) {
            const auto v = percentFromText(part);
            if (!v || *v <= 0.0)
                return false;
            tiers << *v;
        }
        if (tiers.isEmpty())
            return false;
        std::sort(tiers.begin(), tiers.end());
        c.tiers = tiers;
    } else {
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RiskClassModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ClassColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RiskClassModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ClassColumn:
        return tr("Risk class");
    case BaseRateColumn:
        return tr("Base rate");
    case TiersColumn:
        return tr("Tiers");
    default:
        return {};
    }
}

// ---- FloatRuleModel

FloatRuleModel::FloatRuleModel(QObject* parent) : QAbstractTableModel(parent) {}

void FloatRuleModel::setRules(const QList<FloatRule>& rules) {
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

void FloatRuleModel::insertRule(int row) {
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows({}, row, row);
    m_rules.insert(row, FloatRule{});
    endInsertRows();
    Q_EMIT edited();
}

void FloatRuleModel::removeRule(int row) {
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int FloatRuleModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}
int FloatRuleModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloatRuleModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const FloatRule& r = m_rules.at(index.row());
    if (index.column() == NotApplicableColumn) {
        if (role == Qt::CheckStateRole)
            return r.payoutNotApplicable ? Qt::Checked : Qt::Unchecked;
        if (role == RawValueRole)
            return r.payoutNotApplicable;
        return {};
    }
    if (role == RawValueRole) {
        switch (index.column()) {
        case InjuriesColumn:
            return injuryConditionKey(r.injuries);
        case MinColumn:
            return r.payoutMin ? QVariant(*r.payoutMin) : QVariant();
        case MaxColumn:
            return r.payoutMax ? QVariant(*r.payoutMax) : QVariant();
        case TierColumn:
            return r.tier;
        default:
            return r.note;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == InjuriesColumn)
        return tr("any, none (no new injury last year) or some");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QString pct = role == Qt::DisplayRole ? QStringLiteral("%") : QString();
    switch (index.column()) {
    case InjuriesColumn:
        if (role == Qt::EditRole)
            return injuryConditionKey(r.injuries);
        return r.injuries == InjuryCondition::None   ? tr("none last year")
               : r.injuries == InjuryCondition::Some ? tr("some last year")
                                                     : tr("any");
    case MinColumn:
        return r.payoutMin ? QString(percentNumber(*r.payoutMin) + pct) : QString();
    case MaxColumn:
        return r.payoutMax ? QString(percentNumber(*r.payoutMax) + pct) : QString();
    case TierColumn:
        return QString(percentNumber(r.tier) + pct);
    case NoteColumn:
        return r.note;
    default:
        return {};
    }
}

bool FloatRuleModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || index.row() >= m_rules.size())
        return false;
    FloatRule& r = m_rules[index.row()];
    if (index.column() == NotApplicableColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        r.payoutNotApplicable = value.toInt() == Qt::Checked;
    } else if (role != Qt::EditRole) {
        return false;
    } else {
        const QString text = value.toString().trimmed();
        switch (index.column()) {
        case InjuriesColumn:
            if (!injuryConditionFromKey(text.toLower(), &r.injuries))
                return false;
            break;
        case MinColumn:
        case MaxColumn: {
            std::optional<double>& bound = index.column() == MinColumn ? r.payoutMin : r.payoutMax;
            if (text.isEmpty()) {
                bound.reset();
                break;
            }
            const auto v = percentFromText(text);
            if (!v || *v < 0.0)
                return false;
            bound = *v;
            break;
        }
        case TierColumn: {
            const auto v = percentFromText(text);
            if (!v || *v <= 0.0)
                return false;
            r.tier = *v;
            break;
        }
        case NoteColumn:
            r.note = text;
            break;
        default:
            return false;
        }
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags FloatRuleModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return index.column() == NotApplicableColumn ? f | Qt::ItemIsUserCheckable
                                                 : f | Qt::ItemIsEditable;
}

QVariant FloatRuleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1; // rules are numbered: "rule 2" in an explanation is this row
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case InjuriesColumn:
        return tr("New injuries");
    case NotApplicableColumn:
        return tr("No contributions");
    case MinColumn:
        return tr("Payout ratio above");
    case MaxColumn:
        return tr("Payout ratio up to");
    case TierColumn:
        return tr("Tier");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

// ---- FloatBatchModel

FloatBatchModel::FloatBatchModel(QObject* parent) : QAbstractTableModel(parent) {}

void FloatBatchModel::setRows(const QList<FloatBatchRow>& rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FloatBatchModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}
int FloatBatchModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloatBatchModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FloatBatchRow& row = m_rows.at(index.row());
    const FloatResult& f = row.result;
    if (role == RawValueRole) {
        switch (index.column()) {
        case ClassColumn:
            return row.input.riskClass;
        case PayoutColumn:
            return f.payoutRatio ? QVariant(*f.payoutRatio) : QVariant();
        case TierColumn:
            return f.tier;
        case RateColumn:
            return f.newRate;
        case PremiumColumn:
            return f.premium;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn &&
        index.column() != RuleColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.input.name;
    case ClassColumn:
        return row.input.riskClass;
    case PayoutColumn:
        return f.payoutRatio ? percentText(*f.payoutRatio, 2) : QStringLiteral("—");
    case TierColumn:
        return percentText(f.tier);
    case RateColumn:
        return percentText(f.newRate, 3);
    case PremiumColumn:
        return QString::number(f.premium, 'f', 2);
    case RuleColumn:
        return f.explanation;
    default:
        return {};
    }
}

QVariant FloatBatchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Employer");
    case ClassColumn:
        return tr("Risk class");
    case PayoutColumn:
        return tr("Payout ratio");
    case TierColumn:
        return tr("Tier");
    case RateColumn:
        return tr("New rate");
    case PremiumColumn:
        return tr("Premium (yuan)");
    case RuleColumn:
        return tr("Rule applied");
    default:
        return {};
    }
}

} // namespace yufang
