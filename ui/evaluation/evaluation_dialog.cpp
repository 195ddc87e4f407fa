#include "evaluation_dialog.h"

#include "print/report_renderer.h"
#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "report/evaluation_csv.h"
#include "report/evaluation_report.h"
#include "services/evaluation_service.h"
#include "storage/evaluation_narrative_repository.h"
#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace yufang {

EvaluationDialog::EvaluationDialog(Session& session, Prompter& prompter, EvaluationKind kind,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter), m_kind(kind) {
    setWindowTitle(evaluationKindTitle(kind));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* form = new QFormLayout;
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setEnabled(kind == EvaluationKind::Annual); // a final evaluation is the plan's end
    form->addRow(tr("Year:"), m_year);
    m_preparer = new QLineEdit(this);
    form->addRow(tr("Prepared by:"), m_preparer);
    layout->addLayout(form);

    const QStringList captions{tr("Main measures and results"), tr("Problems"), tr("Next steps")};
    for (int k = 0; k < 3; ++k) {
        auto* box = new QGroupBox(captions[k], this);
        auto* boxLayout = new QVBoxLayout(box);
        m_sections[k] = new QPlainTextEdit(box);
        m_sections[k]->setTabChangesFocus(true);
        boxLayout->addWidget(m_sections[k]);
        layout->addWidget(box, 1);
        connect(m_sections[k], &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_modified = true;
        });
    }
    // 插入数字 writes into the section the clerk was last in: the menu takes the focus, so the
    // section is remembered when it gets it (a click into an empty one moves no cursor).
    m_lastFocused = m_sections[0];
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        for (QPlainTextEdit* edit : m_sections)
            if (now == edit)
                m_lastFocused = edit;
    });
    connect(m_preparer, &QLineEdit::textEdited, this, [this] { m_modified = true; });

    auto* tools = new QHBoxLayout;
    m_insert = new QToolButton(this);
    m_insert->setText(tr("Insert &figure"));
    m_insert->setToolTip(tr("Insert a figure of the document at the cursor"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_figures = new QMenu(m_insert);
    // Qt shows no popup for a menu without actions, so the list starts with a placeholder;
    // aboutToShow fills it with the document's figures as they are now.
    m_figures->addAction(tr("No figures yet"))->setEnabled(false);
    m_insert->setMenu(m_figures);
    connect(m_figures, &QMenu::aboutToShow, this, &EvaluationDialog::fillFiguresMenu);
    tools->addWidget(m_insert);
    tools->addStretch();
    layout->addLayout(tools);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    QPushButton* previewButton =
        buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton* pdfButton = buttons->addButton(tr("&PDF…"), QDialogButtonBox::ActionRole);
    QPushButton* xlsxButton = buttons->addButton(tr("E&xcel…"), QDialogButtonBox::ActionRole);
    QPushButton* csvButton = buttons->addButton(tr("&CSV folder…"), QDialogButtonBox::ActionRole);
    QPushButton* childrenButton =
        buttons->addButton(tr("Units &below (one PDF)…"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    childrenButton->setEnabled(m_session.unitHasChildren());
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!save(&error) && !error.isEmpty())
            m_prompter.warning(this, windowTitle(), error);
    });
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, saveButton,
            &QPushButton::click);
    connect(previewButton, &QPushButton::clicked, this, &EvaluationDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &EvaluationDialog::askPdf);
    connect(xlsxButton, &QPushButton::clicked, this, &EvaluationDialog::askXlsx);
    connect(csvButton, &QPushButton::clicked, this, &EvaluationDialog::askCsv);
    connect(childrenButton, &QPushButton::clicked, this, &EvaluationDialog::askChildren);
    connect(buttons, &QDialogButtonBox::rejected, this, &EvaluationDialog::reject);

    const QSqlDatabase db = m_session.connection();
    const int year = m_session.year() ? m_session.year() : QDate::currentDate().year();
    m_planId =
        EvaluationService(db).planFor(m_session.unitCode(), year, kind, QDate::currentDate());
    const auto plan = PlanRepository(db).find(m_planId);
    m_year->setValue(kind == EvaluationKind::Final && plan ? plan->endYear : year);
    if (plan)
        m_year->setRange(plan->startYear, plan->endYear);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { load(); });
    resize(880, 640); // fits a 1024x700 screen
    load();
}

void EvaluationDialog::setYear(int year) {
    m_year->setValue(year);
}

void EvaluationDialog::load() {
    const QSqlDatabase db = m_session.connection();
    const auto unit = m_session.unit();
    const auto plan = PlanRepository(db).find(m_planId);
    m_heading->setText(unit && plan
                           ? tr("<b>%1</b> — %2 %3, %4")
                                 .arg(unit->name.toHtmlEscaped(), plan->title.toHtmlEscaped(),
                                      plan->documentNumber.toHtmlEscaped())
                                 .arg(m_year->value())
                           : tr("Select a unit that follows a plan."));
    EvaluationNarrative key;
    key.unitCode = m_session.unitCode();
    key.planId = m_planId;
    key.year = m_year->value();
    key.kind = m_kind;
    // The ticket first: a save made after it and before the load is then caught on save.
    m_ticket = RecordRevisions(db).ticket(EvaluationNarrativeRepository::recordKey(key));
    const EvaluationNarrative n =
        EvaluationNarrativeRepository(db).load(key.unitCode, key.planId, key.year, m_kind);
    m_loading = true;
    m_preparer->setText(n.preparer);
    m_sections[0]->setPlainText(n.achievements);
    m_sections[1]->setPlainText(n.problems);
    m_sections[2]->setPlainText(n.nextSteps);
    m_loading = false;
    m_modified = false;
}

EvaluationNarrative EvaluationDialog::narrativeOnScreen() const {
    EvaluationNarrative n;
    n.unitCode = m_session.unitCode();
    n.planId = m_planId;
    n.year = m_year->value();
    n.kind = m_kind;
    n.achievements = m_sections[0]->toPlainText();
    n.problems = m_sections[1]->toPlainText();
    n.nextSteps = m_sections[2]->toPlainText();
    n.preparer = m_preparer->text();
    return n;
}

bool EvaluationDialog::save(QString* error) {
    const QSqlDatabase db = m_session.connection();
    const EvaluationNarrative n = narrativeOnScreen();
    GuardedSave guarded{EvaluationNarrativeRepository::recordKey(n),
                        tr("%1 %2 %3").arg(m_heading->text(), windowTitle()).arg(n.year),
                        {},
                        [this] { load(); }};
    const bool ok = saveGuarded(
        m_prompter, this, db, m_ticket, guarded,
        [&](RevisionTicket* ticket, QString* why) {
            return EvaluationNarrativeRepository(db).save(n, why, ticket);
        },
        error);
    if (ok)
        m_modified = false;
    return ok;
}

std::optional<EvaluationDocument> EvaluationDialog::document(QString* error) const {
    if (!m_session.hasDatabase() || m_session.unitCode().isEmpty()) {
        if (error)
            *error = tr("Select a unit first.");
        return std::nullopt;
    }
    auto doc = EvaluationService(m_session.connection())
                   .build(EvaluationRequest{m_session.unitCode(), m_planId, m_year->value(), m_kind,
                                            QDate::currentDate()},
                          error);
    if (doc) {
        // What is on screen, saved or not, is what prints.
        const EvaluationNarrative n = narrativeOnScreen();
        doc->narrative = n;
        doc->cover.preparer = n.preparer;
    }
    return doc;
}

std::optional<ReportDocument> EvaluationDialog::printable(QString* error) const {
    const auto doc = document(error);
    if (!doc)
        return std::nullopt;
    return evaluationReport(*doc);
}

bool EvaluationDialog::exportPdf(const QString& path, QString* error) const {
    const auto doc = printable(error);
    return doc && ReportRenderer::writePdf(*doc, path, error);
}

bool EvaluationDialog::exportXlsx(const QString& path, QString* error) const {
    const auto doc = document(error);
    return doc && writeEvaluationWorkbook(*doc, path, error);
}

bool EvaluationDialog::exportCsv(const QString& folder, QString* error) const {
    const auto doc = document(error);
    return doc && writeEvaluationCsvFolder(*doc, folder, CsvEncoding::Utf8Bom, nullptr, error);
}

bool EvaluationDialog::exportChildrenPdf(const QString& path, QString* error) const {
    const QSqlDatabase db = m_session.connection();
    const EvaluationService service(db);
    QList<EvaluationDocument> documents;
    for (const Unit& child : UnitRepository(db).children(m_session.unitCode())) {
        const auto d = service.build(
            EvaluationRequest{child.code, m_planId, m_year->value(), m_kind, QDate::currentDate()},
            error);
        if (!d)
            return false;
        documents << *d;
    }
    const auto unit = m_session.unit();
    return ReportRenderer::writePdf(
        combinedEvaluationReport(unit ? unit->name : QString(), documents), path, error);
}

void EvaluationDialog::fillFiguresMenu() {
    m_figures->clear();
    QString error;
    const auto doc = document(&error);
    if (!doc) {
        m_figures->addAction(error)->setEnabled(false);
        return;
    }
    const QList<QuotableFigure> figures = quotableFigures(*doc);
    if (figures.isEmpty())
        m_figures->addAction(tr("No figures yet"))->setEnabled(false);
    for (const QuotableFigure& f : figures) {
        QAction* a = m_figures->addAction(f.label);
        a->setToolTip(f.text);
        const QString text = f.text;
        connect(a, &QAction::triggered, this, [this, text] { insertFigure(text); });
    }
}

void EvaluationDialog::insertFigure(const QString& text) {
    QPlainTextEdit* edit = m_lastFocused ? m_lastFocused : m_sections[0];
    edit->insertPlainText(text);
    edit->setFocus();
}

void EvaluationDialog::preview() {
    QString error;
    const auto doc = printable(&error);
    if (!doc) {
        m_prompter.warning(this, windowTitle(), error);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc->landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(doc->name);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(doc->name);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(*doc, p); });
    dialog.exec();
}

void EvaluationDialog::askPdf() {
    const auto unit = m_session.unit();
    const QString suggested = QStringLiteral("%1 %2 %3.pdf")
                                  .arg(unit ? unit->name : QString(), windowTitle())
                                  .arg(m_year->value());
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), suggested, tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error))
        m_prompter.warning(this, windowTitle(), error);
}

void EvaluationDialog::askXlsx() {
    const auto unit = m_session.unit();
    const QString suggested = QStringLiteral("%1 %2 %3.xlsx")
                                  .arg(unit ? unit->name : QString(), windowTitle())
                                  .arg(m_year->value());
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), suggested, tr("Excel workbook (*.xlsx)"));
    QString error;
    if (!path.isEmpty() && !exportXlsx(path, &error))
        m_prompter.warning(this, windowTitle(), error);
}

void EvaluationDialog::askCsv() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
    QString error;
    if (!folder.isEmpty() && !exportCsv(folder, &error))
        m_prompter.warning(this, windowTitle(), error);
}

void EvaluationDialog::askChildren() {
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), QString(), tr("PDF (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportChildrenPdf(path, &error))
        m_prompter.warning(this, windowTitle(), error);
}

void EvaluationDialog::reject() {
    if (!m_modified) {
        QDialog::reject();
        return;
    }
    if (resolveUnsavedChanges(
            m_prompter, this, windowTitle(), tr("Save the changes to the written sections?"),
            [this] {
                QString error;
                const bool ok = save(&error);
                if (!ok && !error.isEmpty())
                    m_prompter.warning(this, windowTitle(), error);
                return ok;
            },
            [this] { m_modified = false; }))
        QDialog::reject();
}

} // namespace yufang
