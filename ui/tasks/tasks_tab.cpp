#include "tasks_tab.h"
#include "status_messages.h"

#include "hazard_form.h"
#include "hazard_table_model.h"
#include "table_file.h"
#include "task_table_model.h"

#include "prompter.h"
#include "report_renderer.h"
#include "save_conflict.h"
#include "session.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "services/evidence_store.h"
#include "storage/database.h"
#include "storage/task_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace yufang {

TasksTab::TasksTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_clock([] { return QDate::currentDate(); }), m_model(new TaskTableModel(this)),
      m_hazardModel(new HazardTableModel(this)) {
    setObjectName(QStringLiteral("TasksTab"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    auto* preview = new QPushButton(tr("Print preview…"), this);
    auto* pdf = new QPushButton(tr("Export PDF…"), this);
    auto* csv = new QPushButton(tr("Export table…"), this);
    for (QPushButton* b : {preview, pdf, csv})
        top->addWidget(b);
    layout->addLayout(top);
    m_pages = new QTabWidget(this);
    m_pages->addTab(buildChecklistPage(), tr("Checklist"));
    m_hazardForm = new HazardForm(session, prompter, m_hazardModel, this);
    m_pages->addTab(m_hazardForm, tr("Hazard rectification"));
    layout->addWidget(m_pages, 1);

    connect(preview, &QPushButton::clicked, this, &TasksTab::printPreview);
    connect(pdf, &QPushButton::clicked, this, &TasksTab::chooseAndExportPdf);
    connect(csv, &QPushButton::clicked, this, &TasksTab::chooseAndExportCsv);
    connect(m_hazardForm, &HazardForm::changed, this, &TasksTab::reload);
    connect(&session, &Session::selectionChanged, this, &TasksTab::reload);
    connect(&session, &Session::databaseChanged, this, &TasksTab::reload);
    reload();
}

QWidget* TasksTab::buildChecklistPage() {
    auto* splitter = new QSplitter(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("TaskView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    // The obligation text gets the room; headings wrap in a fixed column, dates fit themselves.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(TaskTableModel::ObligationColumn, QHeaderView::Stretch);
    for (int c : {int(TaskTableModel::RecurrenceColumn), int(TaskTableModel::DueColumn),
                  int(TaskTableModel::StatusColumn), int(TaskTableModel::DoneOnColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->resizeSection(TaskTableModel::SectionColumn, 190);
    header->resizeSection(TaskTableModel::DepartmentColumn, 100);
    header->resizeSection(TaskTableModel::EvidenceColumn, 130);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* form = new QWidget(splitter);
    auto* fl = new QFormLayout(form);
    m_status = new QComboBox(form);
    m_status->addItem(taskStatusLabel(TaskStatus::NotStarted), int(TaskProgress::NotStarted));
    m_status->addItem(taskStatusLabel(TaskStatus::InProgress), int(TaskProgress::InProgress));
    m_status->addItem(taskStatusLabel(TaskStatus::Done), int(TaskProgress::Done));
    m_doneOn = new QDateEdit(form);
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_department = new QLineEdit(form);
    m_department->setPlaceholderText(tr("e.g. 工伤保险科"));
    m_note = new QPlainTextEdit(form);
    m_note->setPlaceholderText(tr("What was done, document numbers, where the evidence is"));
    m_files = new QListWidget(form);
    auto* fileButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Attach file…"), form);
    auto* open = new QPushButton(tr("Open"), form);
    auto* remove = new QPushButton(tr("Remove"), form);
    for (QPushButton* b : {add, open, remove})
        fileButtons->addWidget(b);
    m_save = new QPushButton(tr("Save"), form);
    fl->addRow(tr("Status"), m_status);
    fl->addRow(tr("Done on"), m_doneOn);
    fl->addRow(tr("Responsible department"), m_department);
    fl->addRow(tr("Evidence note"), m_note);
    fl->addRow(tr("Evidence files"), m_files);
    fl->addRow(QString(), fileButtons);
    fl->addRow(QString(), m_save);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({840, 280});

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksTab::showSelected);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_doneOn->setEnabled(TaskProgress(m_status->currentData().toInt()) == TaskProgress::Done);
    });
    connect(m_save, &QPushButton::clicked, this, &TasksTab::saveRecord);
    connect(add, &QPushButton::clicked, this, &TasksTab::chooseAndAttach);
    connect(open, &QPushButton::clicked, this, &TasksTab::openSelectedFile);
    connect(remove, &QPushButton::clicked, this, &TasksTab::removeSelectedFile);
    connect(m_files, &QListWidget::itemDoubleClicked, this, &TasksTab::openSelectedFile);
    return splitter;
}

void TasksTab::setClock(Clock clock) {
    m_clock = std::move(clock);
    reload();
}

void TasksTab::reload() {
    const int row = m_view->currentIndex().row();
    Checklist checklist;
    m_taskRevisions.clear();
    if (m_session.hasDatabase() && !m_session.unitCode().isEmpty()) {
        // Revisions first, then the records: a save landing in between reads as a conflict.
        const RecordRevisions revisions(m_session.connection());
        m_taskRevisions = revisions.allOf(RecordKey::taskRecord({}, 0, 0).kind);
        m_hazardForm->setRevisions(revisions.allOf(RecordKey::hazard(0).kind));
        QString error;
        if (auto c = TaskChecklistService(m_session.connection())
                         .build(m_session.unitCode(), m_session.year(), m_clock(), &error))
            checklist = *c;
    }
    m_model->setChecklist(checklist);
    m_hazardModel->setHazards(checklist.hazards, checklist.today);
    m_hazardForm->setToday(checklist.today);
    selectRow(qMin(qMax(row, 0), m_model->rowCount() - 1));
    updateSummary();
}

void TasksTab::updateSummary() {
    const Checklist& c = m_model->checklist();
    if (c.unit.code.isEmpty()) {
        m_summary->setText(tr("Choose a unit and a year."));
        return;
    }
    if (c.items.isEmpty()) {
        m_summary->setText(tr("%1, %2: no obligation of %3 falls due in this year.")
                               .arg(c.unit.name)
                               .arg(c.year)
                               .arg(c.plan.title));
        return;
    }
    const int overdue = c.count(TaskStatus::Overdue);
    QString text = tr("%1, %2 — %3 obligations: %4 done, %5 in progress, %6 not started, %7 "
                      "overdue (as of %8).")
                       .arg(c.unit.name)
                       .arg(c.year)
                       .arg(c.items.size())
                       .arg(c.count(TaskStatus::Done))
                       .arg(c.count(TaskStatus::InProgress))
                       .arg(c.count(TaskStatus::NotStarted))
                       .arg(overdue)
                       .arg(c.today.toString(Qt::ISODate));
    if (c.overdueHazards() > 0)
        text += QLatin1Char(' ') +
                tr("%1 hazard(s) past the rectification deadline.").arg(c.overdueHazards());
    m_summary->setText(text);
    m_summary->setStyleSheet(overdue + c.overdueHazards() > 0
                                 ? QStringLiteral("color: #b00020; font-weight: bold")
                                 : QString());
    m_pages->setTabText(1, c.overdueHazards() > 0
                               ? tr("Hazard rectification (%1 overdue)").arg(c.overdueHazards())
                               : tr("Hazard rectification"));
}

void TasksTab::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) {
        showSelected();
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void TasksTab::showSelected() {
    const ChecklistItem* item = m_model->itemAt(m_view->currentIndex().row());
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_status, m_department, m_note, m_files, m_save})
        w->setEnabled(item != nullptr);
    m_files->clear();
    if (!item) {
        m_doneOn->setEnabled(false);
        return;
    }
    m_status->setCurrentIndex(m_status->findData(int(item->record.progress)));
    m_doneOn->setDate(item->record.doneOn.isValid() ? item->record.doneOn : m_clock());
    m_doneOn->setEnabled(item->record.progress == TaskProgress::Done);
    m_department->setText(item->record.department);
    m_note->setPlainText(item->record.note);
    for (const QString& f : item->record.files) {
        auto* entry = new QListWidgetItem(QFileInfo(f).fileName(), m_files);
        entry->setData(Qt::UserRole, f);
        entry->setToolTip(f);
    }
}

bool TasksTab::saveRecord() {
    const ChecklistItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return false;
    TaskRecord r = item->record;
    r.progress = TaskProgress(m_status->currentData().toInt());
    r.doneOn = r.progress == TaskProgress::Done ? m_doneOn->date() : QDate();
    r.department = m_department->text().trimmed();
    r.note = m_note->toPlainText().trimmed();
    QString error;
    const RecordKey key = RecordKey::taskRecord(r.unitCode, r.obligationId, r.year);
    RevisionTicket ticket = RecordRevisions::ticketIn(m_taskRevisions, key);
    const GuardedSave guarded{
        key,
        tr("The record of \"%1\" for %2").arg(item->obligation.title, m_session.unitCode()),
        {},
        [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return TaskRepository(m_session.connection()).saveRecord(r, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save task"), error);
        return false;
    }
    reload();
    return true;
}

bool TasksTab::attachFile(const QString& path) {
    const ChecklistItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item || !m_session.hasDatabase())
        return false;
    QString error;
    QString stored;
    if (!EvidenceStore(m_session.connection(), m_session.database()->path())
             .attach(item->record, path, &stored, &error)) {
        m_prompter.warning(this, tr("Attach file"), error);
        return false;
    }
    reload();
    return true;
}

bool TasksTab::removeSelectedFile() {
    const ChecklistItem* item = m_model->itemAt(m_view->currentIndex().row());
    QListWidgetItem* entry = m_files->currentItem();
    if (!item || !entry)
        return false;
    if (m_prompter.question(
            this, tr("Remove file"),
            tr("Remove %1 from the evidence? The copy kept with the database is deleted.")
                .arg(entry->text()),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    if (!EvidenceStore(m_session.connection(), m_session.database()->path())
             .detach(item->record, entry->data(Qt::UserRole).toString(), &error)) {
        m_prompter.warning(this, tr("Remove file"), error);
        return false;
    }
    reload();
    return true;
}

void TasksTab::chooseAndAttach() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach evidence"));
    if (!path.isEmpty())
        attachFile(path);
}

void TasksTab::openSelectedFile() {
    QListWidgetItem* entry = m_files->currentItem();
    if (!entry || !m_session.hasDatabase())
        return;
    const QString path = EvidenceStore(m_session.connection(), m_session.database()->path())
                             .absolutePath(entry->data(Qt::UserRole).toString());
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

ReportDocument TasksTab::report() const {
    return checklistReport(m_model->checklist());
}

bool TasksTab::exportCsv(const QString& path) {
    QString error;
    if (!writeTableFile(
            path, [this](TableSink& sink) { writeChecklist(sink, m_model->checklist()); },
            &error)) {
        m_prompter.warning(this, tr("Export CSV"), error);
        return false;
    }
    status::fileWritten(this, path);
    return true;
}

bool TasksTab::exportPdf(const QString& path) {
    QString error;
    if (!ReportRenderer::writePdf(report(), path, &error)) {
        m_prompter.warning(this, tr("Export PDF"), error);
        return false;
    }
    status::fileWritten(this, path);
    return true;
}

void TasksTab::chooseAndExportCsv() {
    const QString path =
        askTableFile(this, tr("Export CSV"), report().name + QStringLiteral(".csv"),
                     [this](TableSink& sink) { writeChecklist(sink, m_model->checklist()); });
    if (!path.isEmpty())
        exportCsv(path);
}

void TasksTab::chooseAndExportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), report().name + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void TasksTab::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    const ReportDocument doc = report();
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(doc, p); });
    if (dialog.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(this, doc.name, printer);
}

} // namespace yufang
