#pragma once

namespace yufang {

class MainWindow;
class Prompter;
class Session;

// Adds the 培训 tab (training coverage and recommended providers) and the 职业病 tab to the window,
// and their printouts to the Reports menu.
void installTrainingFeature(MainWindow& window, Session& session, Prompter& prompter);

} // namespace yufang
