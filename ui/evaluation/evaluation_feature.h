#pragma once

namespace yufang {

class MainWindow;
class Prompter;
class Session;

// 报表 → 期末评估… and 年度报告… (docs/evaluation.md).
void installEvaluationFeature(MainWindow& window, Session& session, Prompter& prompter);

} // namespace yufang
