#pragma once

#include "services/register_derivation.h"

#include <QDialog>

namespace yufang {

// Shows, before anything is replaced, every typed or imported annex that the register would
// change: per unit and industry, the stored figure, the register's figure and the difference.
class DeriveAnnexDialog : public QDialog {
    Q_OBJECT
public:
    DeriveAnnexDialog(const RegisterDerivationPlan& plan, QWidget* parent = nullptr);

    // Rows of the comparison: unit, industry, figure, stored, register, difference.
    static QList<QStringList> differences(const RegisterDerivationPlan& plan);
};

} // namespace yufang
