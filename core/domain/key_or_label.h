#pragma once

#include <QString>

#include <initializer_list>
#include <utility>

namespace yufang {

// A coded value as a clerk finds it in a file: its stable key ("in_progress"), else one of the
// words the app shows and prints for it (进行中 in Chinese, "In progress" in English), so a
// file the app exported, or one typed after its printed checklist, reads back. The one
// implementation of "a key or its label" behind projectStageFromText, projectKindFromText,
// taskProgressFromText and hazardStatusFromText. fromKey leaves *out alone when it fails.
template <typename Value>
bool fromKeyOrLabel(const QString& text, bool (*fromKey)(const QString&, Value*),
                    std::initializer_list<std::pair<QString, Value>> labels, Value* out) {
    if (fromKey(text, out))
        return true;
    for (const auto& [label, value] : labels)
        if (text == label) {
            *out = value;
            return true;
        }
    return false;
}

} // namespace yufang
