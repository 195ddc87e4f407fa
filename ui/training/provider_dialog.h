#pragma once

#include "domain/training_provider.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace yufang {

// Adds or edits one recommended provider or platform. OK stays disabled while the name is empty.
class ProviderDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProviderDialog(QWidget* parent = nullptr);

    void setProvider(const TrainingProvider& provider);
    TrainingProvider provider() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    void updateOk();

    qint64 m_id = 0;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_qualification;
    QComboBox* m_level;
    QCheckBox* m_hasEnd;
    QDateEdit* m_validUntil;
    QLineEdit* m_remark;
    QDialogButtonBox* m_buttons;
};

} // namespace yufang
