#pragma once

namespace yufang {

class MainWindow;
class Prompter;
class Session;

// Adds every feature tab, menu entry and report to the main window, in the order the clerk
// sees them. The application and the tests that need the whole window call this one place.
void installFeatures(MainWindow& window, Session& session, Prompter& prompter);

} // namespace yufang
