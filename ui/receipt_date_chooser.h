#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;

namespace yufang {

// "Record the return as received on [today | the file's own date | this date: ____]", the one
// choice every import dialog that records a return offers (基本情况表 and the engine's forms):
// the returns board's on-time figures follow it. The date field stays editable: a date typed
// there means "this date", so the choice follows the typing instead of ignoring it.
class ReceiptDateChooser : public QWidget {
    Q_OBJECT
public:
    enum class Receipt { Today, FileDate, Chosen };

    // label: the words in front ("Record the returns as received on").
    explicit ReceiptDateChooser(const QString& label, QWidget* parent = nullptr);

    void setReceipt(Receipt receipt, const QDate& chosen = {});
    // The date chosen; fileDate is the file's own (its 填报日期, else the day it was saved; invalid
    // when it has none). Never after today: a clock set wrong cannot date a return ahead.
    QDate receivedOn(const QDate& fileDate) const;

    QComboBox* box() const { return m_receipt; }
    QDateEdit* dateEdit() const { return m_receivedOn; }

Q_SIGNALS:
    void changed();

private:
    QComboBox* m_receipt;
    QDateEdit* m_receivedOn;
    bool m_settingReceipt = false; // setReceipt writes the date: not the clerk's choice
};

// The question on its own, for an import without a preview dialog (the 培训 and 职业病 tabs):
// text above the chooser, OK and Cancel; the date chosen, nothing when cancelled. fileDate as
// for receivedOn.
std::optional<QDate> askReceiptDate(QWidget* parent, const QString& title, const QString& text,
                                    const QDate& fileDate);

} // namespace yufang
