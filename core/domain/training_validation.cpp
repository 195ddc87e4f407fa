#include "training_validation.h"

#include <QCoreApplication>
#include <QSet>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrainingValidation)
};

Diagnostic make(Severity s, int row, TrainingField field, const QString& message) {
    Diagnostic d;
    d.severity = s;
    d.row = row;
    d.field = trainingFieldKey(field);
    d.message = message;
    return d;
}
} // namespace

Diagnostics validateTrainingRow(const TrainingRow& row, int rowIndex) {
    Diagnostics out;
    const TrainingCounts& c = row.counts;
    const QString where = row.industry + QStringLiteral(" · ") + row.category;
    for (int f = 0; f < kTrainingFieldCount; ++f) {
        const auto field = static_cast<TrainingField>(f);
        const Count v = trainingValue(c, field);
        if (v && *v < 0)
            out << make(Severity::Error, rowIndex, field,
                        Text::tr("%1: %2 must not be negative (found %3)")
                            .arg(where, trainingFieldCaption(field))
                            .arg(*v));
    }
    if (c.trained && c.keyPersonnel && *c.trained > *c.keyPersonnel)
        out << make(Severity::Error, rowIndex, TrainingField::Trained,
                    Text::tr("%1: trained (%2) exceed key personnel (%3)")
                        .arg(where)
                        .arg(*c.trained)
                        .arg(*c.keyPersonnel));
    if (c.trained && *c.trained > 0 && !c.keyPersonnel)
        out << make(
            Severity::Warning, rowIndex, TrainingField::KeyPersonnel,
            Text::tr("%1: trained personnel are given but the number of key personnel is empty, "
                     "so the coverage cannot be computed")
                .arg(where));
    const qint64 sessions = c.sessions.value_or(0);
    if (c.onlineSessions && *c.onlineSessions > sessions)
        out << make(Severity::Error, rowIndex, TrainingField::OnlineSessions,
                    Text::tr("%1: online trainings (%2) exceed the trainings held (%3)")
                        .arg(where)
                        .arg(*c.onlineSessions)
                        .arg(sessions));
    if (c.offlineSessions && *c.offlineSessions > sessions)
        out << make(Severity::Error, rowIndex, TrainingField::OfflineSessions,
                    Text::tr("%1: offline trainings (%2) exceed the trainings held (%3)")
                        .arg(where)
                        .arg(*c.offlineSessions)
                        .arg(sessions));
    else if (c.onlineSessions && c.offlineSessions && *c.onlineSessions <= sessions &&
             *c.onlineSessions + *c.offlineSessions > sessions)
        out << make(
            Severity::Warning, rowIndex, TrainingField::OfflineSessions,
            Text::tr("%1: online (%2) plus offline (%3) trainings exceed the trainings held (%4); "
                     "fine when blended trainings (线上线下相结合) are counted under both")
                .arg(where)
                .arg(*c.onlineSessions)
                .arg(*c.offlineSessions)
                .arg(sessions));
    if (c.classHours && *c.classHours > 0 && sessions == 0)
        out << make(Severity::Warning, rowIndex, TrainingField::ClassHours,
                    Text::tr("%1: class hours (%2) are given but no training was held this year")
                        .arg(where)
                        .arg(*c.classHours));
    return out;
}

Diagnostics validateTrainingTable(const TrainingTable& table) {
    Diagnostics out;
    QSet<QString> seen;
    for (int i = 0; i < table.rows.size(); ++i) {
        const TrainingRow& row = table.rows.at(i);
        const QString key = row.industry + QLatin1Char('\x1f') + row.category;
        if (seen.contains(key)) {
            Diagnostic d;
            d.row = i;
            d.field = QStringLiteral("industry");
            d.message = Text::tr("%1 · %2 appears more than once").arg(row.industry, row.category);
            out << d;
        }
        seen.insert(key);
        out << validateTrainingRow(row, i);
    }
    return out;
}

Diagnostics validateTrainedAgainstPrevious(const TrainingTable& table,
                                           const TrainingTable& previous) {
    Diagnostics out;
    for (int i = 0; i < table.rows.size(); ++i) {
        const TrainingRow& row = table.rows.at(i);
        const TrainingRow* before = previous.find(row.industry, row.category);
        if (!row.counts.trained || !before || !before->counts.trained ||
            *row.counts.trained >= *before->counts.trained)
            continue;
        out << make(Severity::Warning, i, TrainingField::Trained,
                    Text::tr("%1 · %2: trained so far (%3) is below last year's %4 (%5); the "
                             "figure is cumulative since the plan began")
                        .arg(row.industry, row.category)
                        .arg(*row.counts.trained)
                        .arg(previous.year)
                        .arg(*before->counts.trained));
    }
    return out;
}

TrainingTable trainingTableOf(const FormTable& form) {
    TrainingTable t;
    t.unitCode = form.unitCode;
    t.year = form.year;
    for (const FormRow& r : form.rows) {
        TrainingRow row;
        row.industry = r.group;
        row.category = r.key;
        row.local = r.local;
        for (int f = 0; f < kTrainingFieldCount; ++f) {
            const auto field = static_cast<TrainingField>(f);
            trainingRef(row.counts, field) = r.number(trainingFieldKey(field));
        }
        row.remark = r.text(QStringLiteral("remark"));
        if (!t.industries.contains(row.industry))
            t.industries << row.industry;
        if (!t.categories.contains(row.category))
            t.categories << row.category;
        t.rows << row;
    }
    t.meta = TrainingMeta{form.field(form_fields::kPreparer), form.field(form_fields::kPhone)};
    return t;
}

Diagnostics trainingFormWarnings(const FormTable& table, const FormTable& previous) {
    const TrainingTable t = trainingTableOf(table);
    Diagnostics out;
    for (int i = 0; i < t.rows.size(); ++i)
        for (const Diagnostic& d : validateTrainingRow(t.rows.at(i), i))
            if (d.severity == Severity::Warning)
                out << d;
    out << validateTrainedAgainstPrevious(t, trainingTableOf(previous));
    return out;
}

} // namespace yufang
