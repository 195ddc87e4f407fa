#pragma once

#include "domain/evaluation_document.h"
#include "report/report_document.h"
#include "storage/record_revisions.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;

namespace yufang {

class Prompter;
class Session;

// 报表 → 期末评估 / 年度报告 (docs/evaluation.md): the clerk writes the three narrative
// sections and the preparer for the selected unit, plan and year, quotes figures of the
// document through 插入数字, saves (revision-checked: a save never replaces one made meanwhile
// elsewhere), and prints, exports the PDF (with the charts), the CSV folder, or the document of
// every unit below.
class EvaluationDialog : public QDialog {
    Q_OBJECT
public:
    EvaluationDialog(Session& session, Prompter& prompter, EvaluationKind kind,
                     QWidget* parent = nullptr);

    // For the tests and the buttons: none with *error when the unit has no plan.
    std::optional<EvaluationDocument> document(QString* error) const;
    bool save(QString* error);
    bool exportPdf(const QString& path, QString* error) const;
    // One workbook, a sheet per table of the CSV folder.
    bool exportXlsx(const QString& path, QString* error) const;
    bool exportCsv(const QString& folder, QString* error) const;
    bool exportChildrenPdf(const QString& path, QString* error) const;
    bool isModified() const { return m_modified; }
    QPlainTextEdit* section(int index) const { return m_sections[index]; }
    QLineEdit* preparerEdit() const { return m_preparer; }
    QMenu* figuresMenu() const { return m_figures; }
    void setYear(int year);

protected:
    void reject() override;

private:
    void load();
    void fillFiguresMenu();
    void insertFigure(const QString& text);
    EvaluationNarrative narrativeOnScreen() const;
    std::optional<ReportDocument> printable(QString* error) const;
    void preview();
    void askPdf();
    void askXlsx();
    void askCsv();
    void askChildren();

    Session& m_session;
    Prompter& m_prompter;
    EvaluationKind m_kind;
    qint64 m_planId = 0;
    QLabel* m_heading = nullptr;
    QSpinBox* m_year = nullptr;
    QLineEdit* m_preparer = nullptr;
    QPlainTextEdit* m_sections[3] = {nullptr, nullptr, nullptr};
    QPlainTextEdit* m_lastFocused = nullptr;
    QToolButton* m_insert = nullptr;
    QMenu* m_figures = nullptr;
    RevisionTicket m_ticket;
    bool m_modified = false;
    bool m_loading = false;
};

} // namespace yufang
