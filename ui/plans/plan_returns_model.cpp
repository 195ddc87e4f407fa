#include "plan_returns_model.h"

#include <QDate>
#include <QStringList>

namespace yufang {

PlanReturnsModel::PlanReturnsModel(QObject* parent) : QAbstractTableModel(parent) {}

void PlanReturnsModel::setObligations(const QList<Obligation>& list) {
    beginResetModel();
    m_list = list;
    m_modified = false;
    endResetModel();
}

int PlanReturnsModel::appendObligation(const QString& title) {
    Obligation o;
    o.title = title;
    o.scope = ObligationScope::Children;
    o.recurrence = Recurrence::Yearly;
    o.dueMonth = 12;
    o.dueDay = 31;
    const int row = m_list.size();
    beginInsertRows({}, row, row);
    m_list.append(o);
    endInsertRows();
    markEdited();
    return row;
}

void PlanReturnsModel::appendStored(const QList<Obligation>& list) {
    if (list.isEmpty())
        return;
    beginInsertRows({}, int(m_list.size()), int(m_list.size() + list.size() - 1));
    m_list << list;
    endInsertRows();
}

void PlanReturnsModel::removeStored(const QList<Obligation>& list) {
    for (const Obligation& gone : list)
        for (int row = int(m_list.size()) - 1; row >= 0; --row)
            if (m_list[row].id != 0 && m_list[row].id == gone.id) {
                beginRemoveRows({}, row, row);
                m_list.removeAt(row);
                endRemoveRows();
            }
}

void PlanReturnsModel::setForms(const QList<Form>& forms) {
    m_forms = forms;
    if (!m_list.isEmpty())
        Q_EMIT dataChanged(index(0, FormColumn), index(int(m_list.size()) - 1, FormColumn));
}

QList<PlanReturnsModel::FormChoice> PlanReturnsModel::formChoices() const {
    QList<FormChoice> out{{AnnexKind::None, {}, tr("None (documents)")}};
    for (const Form& f : m_forms) {
        out << FormChoice{AnnexKind::Baseline, f.code, tr("%1 (baseline year)").arg(f.title)};
        out << FormChoice{AnnexKind::Annual, f.code, tr("%1 (each year)").arg(f.title)};
    }
    return out;
}

int PlanReturnsModel::formChoiceOf(const Obligation& o) const {
    const QList<FormChoice> choices = formChoices();
    for (int i = 0; i < choices.size(); ++i)
        if (choices.at(i).kind == o.annexKind &&
            (o.annexKind == AnnexKind::None || choices.at(i).formCode == o.formCode))
            return i;
    return -1;
}

QString PlanReturnsModel::formText(const Obligation& o) const {
    if (const int i = formChoiceOf(o); i >= 0)
        return formChoices().at(i).text;
    // A form the plan no longer has (removed after the return named it): the save refuses
    // the row until another is chosen.
    return tr("%1 (not a form of this plan)").arg(o.formCode);
}

void PlanReturnsModel::removeObligation(int row) {
    if (row < 0 || row >= m_list.size())
        return;
    beginRemoveRows({}, row, row);
    m_list.removeAt(row);
    endRemoveRows();
    markEdited();
}

void PlanReturnsModel::markEdited() {
    m_modified = true;
    Q_EMIT edited();
}

int PlanReturnsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_list.size());
}

int PlanReturnsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlanReturnsModel::directionText(ObligationScope scope) {
    return scope == ObligationScope::Self ? tr("This level → the level above")
                                          : tr("Units below → this level");
}

QString PlanReturnsModel::recurrenceText(Recurrence recurrence) {
    return recurrence == Recurrence::Yearly ? tr("Every year") : tr("Once");
}

QString PlanReturnsModel::dueText(const Obligation& o) {
    if (o.recurrence == Recurrence::Once)
        return o.dueDate.isValid() ? o.dueDate.toString(Qt::ISODate) : QString();
    return QStringLiteral("%1-%2")
        .arg(o.dueMonth, 2, 10, QLatin1Char('0'))
        .arg(o.dueDay, 2, 10, QLatin1Char('0'));
}

QVariant PlanReturnsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const Obligation& o = m_list.at(index.row());
    if (role == ChoicesRole) {
        if (index.column() == DirectionColumn)
            return QStringList{directionText(ObligationScope::Children),
                               directionText(ObligationScope::Self)};
        if (index.column() == RecurrenceColumn)
            return QStringList{recurrenceText(Recurrence::Once),
                               recurrenceText(Recurrence::Yearly)};
        if (index.column() == FormColumn) {
            QStringList texts;
            for (const FormChoice& c : formChoices())
                texts << c.text;
            return texts;
        }
        return {};
    }
    if (role == Qt::EditRole) {
        if (index.column() == DirectionColumn)
            return o.scope == ObligationScope::Self ? 1 : 0;
        if (index.column() == RecurrenceColumn)
            return o.recurrence == Recurrence::Yearly ? 1 : 0;
        if (index.column() == FormColumn)
            return formChoiceOf(o);
    }
    if (role == Qt::ToolTipRole && index.column() == DueColumn)
        return o.recurrence == Recurrence::Yearly
                   ? tr("Month and day of the deadline in every year of the plan, e.g. 03-31")
                   : tr("The date of the deadline, e.g. 2026-09-30");
    if (role == Qt::ToolTipRole && index.column() == FormColumn)
        return tr("The import that counts as this return: the form of the plan's baseline year "
                  "(baseline year) or the form of the return's year (each year), received on "
                  "the date the import names. None: a document, recorded on the Returns tab.");
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return o.title;
    case DirectionColumn:
        return directionText(o.scope);
    case RecipientColumn:
        return o.recipient;
    case RecurrenceColumn:
        return recurrenceText(o.recurrence);
    case DueColumn:
        return dueText(o);
    case FormColumn:
        return formText(o);
    default:
        return {};
    }
}

bool PlanReturnsModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_list.size())
        return false;
    Obligation& o = m_list[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case TitleColumn:
        if (text.isEmpty())
            return false;
        o.title = text;
        break;
    case DirectionColumn:
        o.scope = value.toInt() == 1 ? ObligationScope::Self : ObligationScope::Children;
        break;
    case RecipientColumn:
        o.recipient = text;
        break;
    case RecurrenceColumn: {
        const Recurrence r = value.toInt() == 1 ? Recurrence::Yearly : Recurrence::Once;
        if (r == o.recurrence)
            return true;
        // The deadline carries over: a one-off date gives its month and day, and a yearly
        // month-day falls in the plan's first year until another date is typed.
        if (r == Recurrence::Yearly && o.dueDate.isValid()) {
            o.dueMonth = o.dueDate.month();
            o.dueDay = o.dueDate.day();
        } else if (r == Recurrence::Once && !o.dueDate.isValid()) {
            o.dueDate = QDate(QDate::currentDate().year(), o.dueMonth, 1).addDays(o.dueDay - 1);
        }
        o.recurrence = r;
        Q_EMIT dataChanged(index.siblingAtColumn(DueColumn), index.siblingAtColumn(DueColumn));
        break;
    }
    case DueColumn:
        if (o.recurrence == Recurrence::Once) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            if (!d.isValid())
                return false;
            o.dueDate = d;
        } else {
            const QStringList md = text.split(QLatin1Char('-'));
            bool okMonth = false;
            bool okDay = false;
            const int month = md.size() == 2 ? md.at(0).toInt(&okMonth) : 0;
            const int day = md.size() == 2 ? md.at(1).toInt(&okDay) : 0;
            // 02-29 is a deadline too: it falls on 02-28 in common years.
            if (!okMonth || !okDay || !QDate(2024, month, day).isValid())
                return false;
            o.dueMonth = month;
            o.dueDay = day;
        }
        break;
    case FormColumn: {
        const QList<FormChoice> choices = formChoices();
        const int i = value.toInt();
        if (i < 0 || i >= choices.size())
            return false;
        o.annexKind = choices.at(i).kind;
        o.formCode = choices.at(i).formCode;
        break;
    }
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index);
    markEdited();
    return true;
}

Qt::ItemFlags PlanReturnsModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant PlanReturnsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("What is sent");
    case DirectionColumn:
        return tr("From → to");
    case RecipientColumn:
        return tr("Recipient");
    case RecurrenceColumn:
        return tr("How often");
    case DueColumn:
        return tr("Due (MM-DD or date)");
    case FormColumn:
        return tr("Form");
    default:
        return {};
    }
}

} // namespace yufang
