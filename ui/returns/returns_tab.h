#pragma once

#include "report/report_document.h"
#include "services/returns_service.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace yufang {

class Prompter;
class ReturnsBoardModel;
class Session;

// The 报送 tab: for the selected unit and year, every child against every deadline (the
// returns board) with the clerk's actions; below it what is overdue or due within 30 days for
// the units the office collects from; and the leadership matrix export.
//
// Overdue returns are announced by a banner here and a message in the status bar
// (overdueChanged), not by a modal box: a box at every start would be dismissed unread, while
// a banner stays in view where the clerk acts on it.
class ReturnsTab : public QWidget {
    Q_OBJECT
public:
    ReturnsTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    ReturnsBoardModel* boardModel() const { return m_board; }
    ReturnsBoardModel* deadlineModel() const { return m_deadlines; }
    QTableView* boardView() const { return m_boardView; }
    QLabel* banner() const { return m_banner; }
    QComboBox* measureBox() const { return m_measure; }
    // What the selected unit itself owes upward (its returns to the parent), by deadline.
    ReturnsBoardModel* owedModel() const { return m_owed; }
    QLabel* owedTitle() const { return m_owedTitle; }

    // 本单位: overdueChanged counts the returns of this office (what it collects and what it
    // owes), whatever unit is selected; empty (not chosen yet) counts nothing.
    void setHomeUnit(const QString& code);

    // The date statuses are computed against; the wall clock unless a test fixes it.
    void setToday(const QDate& today);
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setReceivedOn(const QDate& date);

    bool exportBoardCsv(const QString& path, QString* error) const;
    bool exportMatrixCsv(const QString& path, QString* error) const;
    ReportDocument matrixDocument() const;

public Q_SLOTS:
    void reload();
    // Act on the current row of the board; questions go through the Prompter.
    void markReceived();
    // 审核通过 of every selected row, with one note for the audit trail.
    void accept();
    // Sets the receipt date of every selected row to the "Received on" date, keeping each
    // return's source file and SHA-256; asks for the reason.
    void correctReceivedOn();
    void sendBack();
    void unlock();

Q_SIGNALS:
    // After every reload: how many returns of the home unit's office are overdue and how many
    // fall due within 30 days.
    void overdueChanged(int overdue, int dueSoon);

private:
    void updateActions();
    void emitOfficeOverdue();
    void exportBoardDialog();
    void exportMatrixDialog();
    void printMatrix();
    void reportResult(bool ok, const QString& error);
    // The selected rows of the board (at least the current one), in board order.
    QList<ReturnEntry> selectedEntries() const;
    ReturnsService serviceFor(const ReturnEntry& shown) const;

    Session& m_session;
    Prompter& m_prompter;
    QDate m_today;
    ReturnsBoardModel* m_board;
    ReturnsBoardModel* m_deadlines;
    QLabel* m_title;
    QLabel* m_banner;
    QTableView* m_boardView;
    QTableView* m_deadlineView;
    QDateEdit* m_receivedOn;
    QPushButton* m_markReceived;
    QPushButton* m_accept;
    QPushButton* m_correctDate;
    QPushButton* m_sendBack;
    QPushButton* m_unlock;
    QComboBox* m_measure;
    QWidget* m_collectPane; // the board of the units below, with its actions
    ReturnsBoardModel* m_owed;
    QLabel* m_owedTitle;
    QTableView* m_owedView;
    QString m_homeUnit;
};

} // namespace yufang
