#include "diagnostic_text.h"

#include <QCoreApplication>

namespace yufang {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticText)
};
} // namespace

QString guiRemedy(Remedy remedy) {
    switch (remedy) {
    case Remedy::Replace:
        return Text::tr("import the file again and answer Yes when asked whether to replace");
    case Remedy::ChooseUnit:
        return Text::tr("fill in 填报单位 in the file");
    case Remedy::ChooseYear:
        return Text::tr("select the year on the left before importing");
    case Remedy::AddUnit:
        return Text::tr("check the 单位代码, or have the unit added to this database first");
    case Remedy::None:
        break;
    }
    return {};
}

} // namespace yufang
