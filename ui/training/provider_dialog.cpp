#include "provider_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace yufang {

ProviderDialog::ProviderDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Recommended provider or platform"));
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    m_kind->addItem(providerKindLabel(TrainingProvider::Kind::Online),
                    providerKindKey(TrainingProvider::Kind::Online));
    m_kind->addItem(providerKindLabel(TrainingProvider::Kind::Offline),
                    providerKindKey(TrainingProvider::Kind::Offline));
    m_qualification = new QLineEdit(this);
    m_level = new QComboBox(this);
    for (const QString& key :
         {QStringLiteral("province"), QStringLiteral("city"), QStringLiteral("county")})
        m_level->addItem(recommendingLevelLabel(key), key);
    m_hasEnd = new QCheckBox(tr("until"), this);
    m_validUntil = new QDateEdit(QDate::currentDate().addYears(1), this);
    m_validUntil->setCalendarPopup(true);
    m_validUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_remark = new QLineEdit(this);
    auto* validity = new QHBoxLayout;
    validity->addWidget(m_hasEnd);
    validity->addWidget(m_validUntil, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Type"), m_kind);
    form->addRow(tr("Qualification"), m_qualification);
    form->addRow(tr("Recommended by"), m_level);
    form->addRow(tr("Valid"), validity);
    form->addRow(tr("Remark"), m_remark);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ProviderDialog::updateOk);
    connect(m_hasEnd, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
    m_validUntil->setEnabled(false);
    updateOk();
}

void ProviderDialog::setProvider(const TrainingProvider& p) {
    m_id = p.id;
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(providerKindKey(p.kind)));
    m_qualification->setText(p.qualification);
    const int level = m_level->findData(p.recommendedBy);
    if (level < 0 && !p.recommendedBy.isEmpty())
        m_level->addItem(p.recommendedBy, p.recommendedBy);
    m_level->setCurrentIndex(level >= 0 ? level : m_level->count() - 1);
    m_hasEnd->setChecked(p.validUntil.isValid());
    if (p.validUntil.isValid())
        m_validUntil->setDate(p.validUntil);
    m_remark->setText(p.remark);
}

TrainingProvider ProviderDialog::provider() const {
    TrainingProvider p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.kind = providerKindFromKey(m_kind->currentData().toString())
                 .value_or(TrainingProvider::Kind::Online);
    p.qualification = m_qualification->text().trimmed();
    p.recommendedBy = m_level->currentData().toString();
    p.validUntil = m_hasEnd->isChecked() ? m_validUntil->date() : QDate();
    p.remark = m_remark->text().trimmed();
    return p;
}

void ProviderDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace yufang
