#pragma once

#include "domain/rate_floating.h"

#include <QSqlDatabase>
#include <QString>

namespace yufang {

// Loads the plan obligations (plan_obligations in presets.json) and the example rate-floating
// scheme (rate_floating). Keyed on its own meta flag, not on preset_version, so a database that
// already had the plans before obligations existed gets them too, once. A preset plan that
// already has obligations (the office edited them) and rate tables with rows are left alone.
class TaskPresetLoader {
public:
    static bool load(QSqlDatabase& db, QString* error);
    // The shipped example rate-floating scheme, for "reset to the example".
    static RateScheme exampleRateScheme();
};

} // namespace yufang
