#pragma once

#include "report/report_document.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace yufang {

class Prompter;
class Session;

// Reports → 进度报告…: the progress report of the selected unit (built in core) with the trend
// charts rendered to PNG files in a temporary folder, shown in print preview (print from there)
// or written to PDF.
class ProgressReportActions : public QObject {
    Q_OBJECT
public:
    ProgressReportActions(Session& session, Prompter& prompter, QWidget* window);

    QAction* previewAction() const { return m_preview; }
    QAction* pdfAction() const { return m_pdf; }

    // The report with its charts (painted as vectors at print size); none (and *error)
    // without a unit that follows a plan.
    std::optional<ReportDocument> document(QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    void preview();
    void exportPdfDialog();

private:
    Session& m_session;
    Prompter& m_prompter;
    QWidget* m_window;
    QAction* m_preview;
    QAction* m_pdf;
};

} // namespace yufang
