#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace yufang {

// Expert pool (专家库): who may review projects, train, diagnose, plan measures and accept.
enum class ExpertField { Prevention, Safety, Health }; // 工伤预防 / 安全生产 / 职业卫生
enum class ExpertLevel { Province, City };             // 省级 / 市级

QString expertFieldKey(ExpertField f);
QString expertFieldLabel(ExpertField f); // translated
// Accepts the key, the English or the Chinese label.
bool expertFieldFromText(const QString& text, ExpertField* out);
QString expertLevelKey(ExpertLevel l);
QString expertLevelLabel(ExpertLevel l);
bool expertLevelFromText(const QString& text, ExpertLevel* out);

struct Expert {
    qint64 id = 0;
    QString name;
    ExpertField field = ExpertField::Prevention;
    ExpertLevel level = ExpertLevel::City;
    QString employer;
    QString title; // 职称
    QString contact;
    QDate validUntil; // invalid: no end date

    bool isValidOn(const QDate& day) const { return !validUntil.isValid() || day <= validUntil; }
};

} // namespace yufang
