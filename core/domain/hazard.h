#pragma once

#include <QDate>
#include <QString>

namespace yufang {

// A hazard found in an enterprise with a rectification deadline (task (一): 安全隐患 …
// 提出限期整改建议).
enum class HazardStatus { Open, Rectifying, Closed }; // 未整改 / 整改中 / 已整改

QString hazardStatusKey(HazardStatus s);
bool hazardStatusFromKey(const QString& key, HazardStatus* out);
QString hazardStatusLabel(HazardStatus s);
// The key or the label (domain/key_or_label), as the hazard files hold them.
bool hazardStatusFromText(const QString& text, HazardStatus* out);

struct Hazard {
    qint64 id = 0;
    QString unitCode;
    QString enterprise;
    QString problem;
    QDate foundOn;
    QDate deadline;
    QString department;
    HazardStatus status = HazardStatus::Open;
    QDate closedOn;
    QString note;

    // Not closed and past its deadline (the deadline day itself is still in time).
    bool isOverdue(const QDate& today) const {
        return status != HazardStatus::Closed && deadline.isValid() && today > deadline;
    }
};

// What is wrong with a hazard before it can be saved; empty when fine.
QStringList validateHazard(const Hazard& h);

} // namespace yufang
