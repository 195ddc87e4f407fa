#include "receipt_date_chooser.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace yufang {

ReceiptDateChooser::ReceiptDateChooser(const QString& label, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("ReceiptDateChooser"));
    m_receipt = new QComboBox(this);
    m_receipt->setObjectName(QStringLiteral("receipt"));
    m_receipt->addItem(tr("today"), int(Receipt::Today));
    m_receipt->addItem(tr("the file's own date (填报日期, else the day it was saved)"),
                       int(Receipt::FileDate));
    m_receipt->addItem(tr("this date:"), int(Receipt::Chosen));
    m_receivedOn = new QDateEdit(QDate::currentDate(), this);
    m_receivedOn->setObjectName(QStringLiteral("receivedOn"));
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_receivedOn->setMaximumDate(QDate::currentDate());
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(label, this));
    layout->addWidget(m_receipt);
    layout->addWidget(m_receivedOn);
    layout->addStretch();
    connect(m_receipt, &QComboBox::currentIndexChanged, this, &ReceiptDateChooser::changed);
    connect(m_receivedOn, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingReceipt) // typed or picked by the clerk: that date
            m_receipt->setCurrentIndex(m_receipt->findData(int(Receipt::Chosen)));
        Q_EMIT changed();
    });
}

void ReceiptDateChooser::setReceipt(Receipt receipt, const QDate& chosen) {
    m_settingReceipt = true;
    if (chosen.isValid())
        m_receivedOn->setDate(chosen);
    m_settingReceipt = false;
    m_receipt->setCurrentIndex(m_receipt->findData(int(receipt)));
}

QDate ReceiptDateChooser::receivedOn(const QDate& fileDate) const {
    const QDate today = QDate::currentDate();
    switch (static_cast<Receipt>(m_receipt->currentData().toInt())) {
    case Receipt::Chosen:
        return m_receivedOn->date();
    case Receipt::FileDate:
        return fileDate.isValid() ? qMin(fileDate, today) : today;
    case Receipt::Today:
        break;
    }
    return today;
}

std::optional<QDate> askReceiptDate(QWidget* parent, const QString& title, const QString& text,
                                    const QDate& fileDate) {
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ReceiptDateDialog"));
    dialog.setWindowTitle(title);
    auto* label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto* chooser =
        new ReceiptDateChooser(ReceiptDateChooser::tr("Record the return as received on"), &dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(chooser);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return chooser->receivedOn(fileDate);
}

} // namespace yufang
