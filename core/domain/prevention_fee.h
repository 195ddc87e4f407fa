#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace yufang {

// Prevention fee (工伤预防费, 人社部规〔2017〕13号): publicity and training projects of a pooling
// unit, paid from at most capRatio (3 % unless the province approved more) of the previous
// year's fund contribution income. Amounts are whole fen (分) so the cap check is exact.

enum class ProjectStage {
    Applied,
    Reviewed,
    Approved,
    Implemented,
    Accepted
}; // 申报 评审 立项 实施 验收
enum class ProjectKind { Publicity, Training };

QString projectStageKey(ProjectStage s);
bool projectStageFromKey(const QString& key, ProjectStage* out);
QString projectStageLabel(ProjectStage s);
QString projectKindKey(ProjectKind k);
bool projectKindFromKey(const QString& key, ProjectKind* out);
QString projectKindLabel(ProjectKind k);
// The key or the label (domain/key_or_label), as the fee files hold them.
bool projectStageFromText(const QString& text, ProjectStage* out);
bool projectKindFromText(const QString& text, ProjectKind* out);

constexpr double kDefaultFeeCapRatio = 0.03;

struct FeeBudget {
    QString unitCode;
    int year = 0;
    int incomeYear = 0;        // normally year - 1; Shandong allowed 2019's income for 2021
    qint64 priorIncomeFen = 0; // 上年度工伤保险基金征缴收入
    double capRatio = kDefaultFeeCapRatio;
    QString approvalReference; // required when capRatio exceeds 3 %

    qint64 capFen() const; // income × ratio, rounded to the fen
};

struct FeeProject {
    qint64 id = 0;
    QString unitCode;
    int year = 0;
    QString name;
    ProjectKind kind = ProjectKind::Publicity;
    QString provider;
    qint64 amountFen = 0;
    ProjectStage stage = ProjectStage::Applied;
    QString note;
    QList<qint64> expertIds; // the experts who reviewed it

    // From 立项 on, the money is committed against the cap.
    bool committed() const { return stage >= ProjectStage::Approved; }
};

// Sum of committed project amounts.
qint64 committedFen(const QList<FeeProject>& projects);

// Problems with the budget itself (negative income, a ratio over 3 % without approval).
QStringList validateBudget(const FeeBudget& budget);
// Why this set of projects may not be saved: committed amounts over the cap, or a project
// with no name or a negative amount. Empty when fine.
QStringList checkProjectsAgainstCap(const FeeBudget& budget, const QList<FeeProject>& projects);

QString yuanText(qint64 fen); // 1234567 → "12,345.67"

} // namespace yufang
