#include "derive_annex_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yufang {

QList<QStringList> DeriveAnnexDialog::differences(const RegisterDerivationPlan& plan) {
    QList<QStringList> rows;
    for (const DerivedAnnex* a : plan.conflicts()) {
        QStringList industries;
        for (const AnnexRow& r : a->derived.rows)
            industries << r.industry;
        for (const AnnexRow& r : a->existing->rows)
            if (!industries.contains(r.industry))
                industries << r.industry;
        for (const QString& industry : industries) {
            const AnnexRow* now = a->derived.find(industry);
            const AnnexRow* before = a->existing->find(industry);
            for (int f = 0; f < kCountFieldCount; ++f) {
                const Count n = now ? countValue(now->counts, CountField(f)) : Count();
                const Count b = before ? countValue(before->counts, CountField(f)) : Count();
                if (n.value_or(0) == b.value_or(0))
                    continue;
                rows << QStringList{QStringLiteral("%1 %2").arg(a->unitCode, a->unitName),
                                    industry,
                                    countFieldCaption(CountField(f), plan.year),
                                    b ? QString::number(*b) : QStringLiteral("—"),
                                    QString::number(n.value_or(0)),
                                    QString::asprintf("%+lld", static_cast<long long>(
                                                                   n.value_or(0) - b.value_or(0)))};
            }
        }
    }
    return rows;
}

DeriveAnnexDialog::DeriveAnnexDialog(const RegisterDerivationPlan& plan, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("DeriveAnnexDialog"));
    setWindowTitle(tr("Fill the form from the register"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%1 unit(s) already hold a typed or imported form for %2 that differs from the "
           "register. Replacing writes the register's figures for all %3 unit(s):")
            .arg(plan.conflicts().size())
            .arg(plan.year)
            .arg(plan.annexes.size()),
        this));
    const QList<QStringList> rows = differences(plan);
    auto* table = new QTableWidget(int(rows.size()), 6, this);
    table->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Industry"), tr("Figure"), tr("Stored"), tr("Register"), tr("Difference")});
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < 6; ++c) {
            auto* item = new QTableWidgetItem(rows[r][c]);
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Replace with the register's figures"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 480);
}

} // namespace yufang
