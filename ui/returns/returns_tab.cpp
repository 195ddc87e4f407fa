#include "returns_tab.h"
#include "status_messages.h"

#include "prompter.h"
#include "report_renderer.h"
#include "returns_board_model.h"
#include "session.h"
#include "table_file.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "services/returns_service.h"
#include "services/roll_up.h"
#include "storage/unit_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace yufang {

namespace {
QTableView* makeView(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

ReturnsTab::ReturnsTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_board(new ReturnsBoardModel(this)), m_deadlines(new ReturnsBoardModel(this)),
      m_owed(new ReturnsBoardModel(this)) {
    setObjectName(QStringLiteral("ReturnsTab"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("OverdueBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #FDECEA; border: 1px solid #E6A19A; padding: 4px; }"));
    m_banner->hide();

    m_boardView = makeView(m_board, this);
    m_deadlineView = makeView(m_deadlines, this);
    m_deadlineView->setMaximumHeight(180);

    m_receivedOn = new QDateEdit(this);
    m_receivedOn->setCalendarPopup(true);
    m_receivedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_receivedOn->setDate(today());
    m_markReceived = new QPushButton(tr("Mark received…"), this);
    m_accept = new QPushButton(tr("Accept…"), this);
    m_accept->setToolTip(tr("Accept every selected return (Ctrl-click or Shift-click to select "
                            "several)"));
    m_correctDate = new QPushButton(tr("Correct receipt date…"), this);
    m_correctDate->setToolTip(
        tr("Set the receipt date of the selected returns to the date on the left; the source "
           "file and its SHA-256 are kept"));
    m_sendBack = new QPushButton(tr("Return for correction…"), this);
    m_unlock = new QPushButton(tr("Unlock…"), this);
    auto* exportBoard = new QPushButton(tr("Export table…"), this);
    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Received on"), this));
    actions->addWidget(m_receivedOn);
    actions->addWidget(m_markReceived);
    actions->addWidget(m_correctDate);
    actions->addWidget(m_accept);
    actions->addWidget(m_sendBack);
    actions->addWidget(m_unlock);
    actions->addStretch();

    m_measure = new QComboBox(this);
    for (int m = 0; m < kMatrixMeasureCount; ++m)
        m_measure->addItem(matrixMeasureCaption(static_cast<MatrixMeasure>(m)), m);
    m_measure->setCurrentIndex(int(MatrixMeasure::AccidentRate));
    auto* exportMatrix = new QPushButton(tr("Export matrix…"), this);
    auto* printMatrixButton = new QPushButton(tr("Print matrix…"), this);
    auto* matrix = new QHBoxLayout;
    matrix->addWidget(new QLabel(tr("Sub-units × key industries for leadership:"), this));
    matrix->addWidget(m_measure);
    matrix->addWidget(exportMatrix);
    matrix->addWidget(printMatrixButton);
    matrix->addStretch();
    // The board's export sits here, not in the row of actions: that row fits 1024 px then.
    matrix->addWidget(exportBoard);

    // What the unit itself sends upward: a county's whole view, a city's second one.
    m_owed->setRecipientView(true);
    m_owedTitle = new QLabel(this);
    m_owedTitle->setObjectName(QStringLiteral("OwedTitle"));
    m_owedTitle->setFont(bold);
    m_owedTitle->setWordWrap(true);
    m_owedView = makeView(m_owed, this);
    m_owedView->setObjectName(QStringLiteral("OwedView"));
    for (int c : {ReturnsBoardModel::ReceivedByColumn, ReturnsBoardModel::SourceFileColumn,
                  ReturnsBoardModel::Sha256Column, ReturnsBoardModel::AcceptedByColumn})
        m_owedView->hideColumn(c);

    m_collectPane = new QWidget(this);
    auto* collect = new QVBoxLayout(m_collectPane);
    collect->setContentsMargins(0, 0, 0, 0);
    collect->addWidget(m_title);
    collect->addWidget(m_banner);
    collect->addWidget(m_boardView, 1);
    collect->addLayout(actions);
    collect->addWidget(new QLabel(
        tr("Overdue and due within 30 days, for the units this office collects from:"), this));
    collect->addWidget(m_deadlineView);
    collect->addLayout(matrix);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_collectPane, 3);
    layout->addWidget(m_owedTitle);
    layout->addWidget(m_owedView, 1);

    connect(m_markReceived, &QPushButton::clicked, this, &ReturnsTab::markReceived);
    connect(m_accept, &QPushButton::clicked, this, &ReturnsTab::accept);
    connect(m_correctDate, &QPushButton::clicked, this, &ReturnsTab::correctReceivedOn);
    connect(m_sendBack, &QPushButton::clicked, this, &ReturnsTab::sendBack);
    connect(m_unlock, &QPushButton::clicked, this, &ReturnsTab::unlock);
    connect(exportBoard, &QPushButton::clicked, this, &ReturnsTab::exportBoardDialog);
    connect(exportMatrix, &QPushButton::clicked, this, &ReturnsTab::exportMatrixDialog);
    connect(printMatrixButton, &QPushButton::clicked, this, &ReturnsTab::printMatrix);
    connect(m_boardView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ReturnsTab::updateActions);
    connect(m_boardView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReturnsTab::updateActions);
    connect(&m_session, &Session::selectionChanged, this, &ReturnsTab::reload);
    connect(&m_session, &Session::databaseChanged, this, &ReturnsTab::reload);
    connect(&m_session, &Session::figuresChanged, this, &ReturnsTab::reload);
    reload();
}

void ReturnsTab::setToday(const QDate& today) {
    m_today = today;
    m_receivedOn->setDate(this->today());
    reload();
}

void ReturnsTab::setHomeUnit(const QString& code) {
    m_homeUnit = code;
    reload();
}

void ReturnsTab::setReceivedOn(const QDate& date) {
    m_receivedOn->setDate(date);
}

void ReturnsTab::reload() {
    const int currentRow = m_boardView->currentIndex().row();
    const auto unit = m_session.unit();
    if (!m_session.hasDatabase() || !unit) {
        m_board->setEntries({});
        m_deadlines->setEntries({});
        m_owed->setEntries({});
        m_title->setText(tr("Choose a unit and a year on the left."));
        m_owedTitle->hide();
        m_owedView->hide();
        m_banner->hide();
        updateActions();
        Q_EMIT overdueChanged(0, 0);
        return;
    }
    const ReturnsService service(m_session.connection());
    // A unit with units below collects returns (the board); a county only sends: its tab is
    // what it owes its parent, due when, and whether the parent has it.
    const bool collects = m_session.unitHasChildren();
    m_collectPane->setVisible(collects);
    m_board->setEntries(collects ? service.board(unit->code, m_session.year(), today())
                                 : QList<ReturnEntry>());
    m_deadlines->setEntries(collects ? service.outstanding(unit->code, today())
                                     : QList<ReturnEntry>());
    m_title->setText(
        tr("Returns owed to %1 with deadlines in %2").arg(unit->name).arg(m_session.year()));
    m_owed->setEntries(service.owedBy(unit->code, m_session.year(), today()));
    const auto parent = unit->parentCode.isEmpty()
                            ? std::optional<Unit>()
                            : UnitRepository(m_session.connection()).find(unit->parentCode);
    m_owedTitle->setText(
        m_owed->rowCount() == 0
            ? tr("%1 owes no return with a deadline in %2.").arg(unit->name).arg(m_session.year())
        : parent ? tr("What %1 sends to %2, with deadlines in %3:")
                       .arg(unit->name, parent->name)
                       .arg(m_session.year())
                 : tr("What %1 owes itself, with deadlines in %2:")
                       .arg(unit->name)
                       .arg(m_session.year()));
    m_owedTitle->show();
    m_owedView->setVisible(m_owed->rowCount() > 0);
    int overdue = 0;
    int soon = 0;
    for (const ReturnEntry& e : m_deadlines->entries())
        (e.due < today() ? overdue : soon) += 1;
    if (collects && overdue + soon > 0) {
        m_banner->setText(
            tr("%1 return(s) overdue and %2 due within 30 days for the units %3 collects from.")
                .arg(overdue)
                .arg(soon)
                .arg(unit->name));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_boardView->resizeColumnsToContents();
    m_deadlineView->resizeColumnsToContents();
    m_owedView->resizeColumnsToContents();
    if (currentRow >= 0 && currentRow < m_board->rowCount())
        m_boardView->setCurrentIndex(m_board->index(currentRow, 0));
    updateActions();
    emitOfficeOverdue();
}

void ReturnsTab::emitOfficeOverdue() {
    // Counted for 本单位 only: before the clerk has said which office this is, nothing is
    // "overdue" (a fresh database would otherwise blame the province for every city's return).
    int overdue = 0;
    int soon = 0;
    if (m_session.hasDatabase() && !m_homeUnit.isEmpty()) {
        const ReturnsService service(m_session.connection());
        for (const ReturnEntry& e : service.outstandingForOffice(m_homeUnit, today()))
            (e.due < today() ? overdue : soon) += 1;
    }
    Q_EMIT overdueChanged(overdue, soon);
}

QList<ReturnEntry> ReturnsTab::selectedEntries() const {
    QList<int> rows;
    for (const QModelIndex& index : m_boardView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_boardView->currentIndex().isValid())
        rows << m_boardView->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<ReturnEntry> out;
    for (int row : std::as_const(rows))
        if (const ReturnEntry* e = m_board->entryAt(row))
            out << *e;
    return out;
}

void ReturnsTab::updateActions() {
    const ReturnEntry* e = m_board->entryAt(m_boardView->currentIndex().row());
    const ReturnStatus s = e ? e->status : ReturnStatus::NotSubmitted;
    const QList<ReturnEntry> selected = selectedEntries();
    const bool allSubmitted =
        !selected.isEmpty() && std::all_of(selected.begin(), selected.end(), [](const auto& x) {
            return x.status == ReturnStatus::Submitted;
        });
    const bool allOnFile =
        !selected.isEmpty() && std::all_of(selected.begin(), selected.end(),
                                           [](const auto& x) { return x.record.has_value(); });
    // On a server a login accepts and returns only its own unit's and its children's returns
    // (docs/server.md, "Access"): the rest is shown, not offered.
    const bool mayCollect = e && m_session.mayCollect(e->unit.code);
    const bool mayCollectAll = std::all_of(selected.begin(), selected.end(), [this](const auto& x) {
        return m_session.mayCollect(x.unit.code);
    });
    m_markReceived->setEnabled(mayCollect && s != ReturnStatus::Accepted);
    m_accept->setEnabled(allSubmitted && mayCollectAll);
    m_correctDate->setEnabled(allOnFile && mayCollectAll);
    m_sendBack->setEnabled(mayCollect &&
                           (s == ReturnStatus::Submitted || s == ReturnStatus::Accepted));
    m_unlock->setEnabled(mayCollect && s == ReturnStatus::Accepted);
}

void ReturnsTab::reportResult(bool ok, const QString& error) {
    if (!ok)
        m_prompter.warning(this, tr("Returns"), error);
    reload();
    // Locks and unlocks change what the annex editor may do.
    if (ok && m_session.unit())
        m_session.notifyFiguresChanged(m_session.unitCode(), m_session.year());
}

ReturnsService ReturnsTab::serviceFor(const ReturnEntry& shown) const {
    // A return changed since the board was loaded (another copy of Yufang, yufang-cli) is
    // refused with who and when; reportResult then reloads the board.
    ReturnsService service(m_session.connection());
    service.setLoadedRevision(shown.revision);
    return service;
}

void ReturnsTab::markReceived() {
    const ReturnEntry* e = m_board->entryAt(m_boardView->currentIndex().row());
    if (!e)
        return;
    const auto note = m_prompter.text(
        this, tr("Mark received"),
        tr("%1: %2 received on %3. Note (how it arrived, document number):")
            .arg(e->unit.name, e->obligation.title, m_receivedOn->date().toString(Qt::ISODate)));
    if (!note)
        return;
    QString error;
    const bool ok = serviceFor(*e).markReceived(e->unit.code, e->obligation.id, e->periodYear,
                                                m_receivedOn->date(), note->trimmed(), &error);
    reportResult(ok, error);
}

void ReturnsTab::accept() {
    const QList<ReturnEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    QStringList locked;
    QList<ReturnKey> keys;
    for (const ReturnEntry& e : entries) {
        keys << ReturnKey{e.unit.code, e.obligation.id, e.periodYear, e.revision};
        if (e.annexYear() > 0)
            locked << tr("%1 %2").arg(e.unit.name).arg(e.annexYear());
    }
    const QString what = entries.size() == 1
                             ? tr("Accept %1 from %2 as checked (已审核)?")
                                   .arg(entries.first().obligation.title, entries.first().unit.name)
                             : tr("Accept the %1 selected returns as checked "
                                  "(已审核)?")
                                   .arg(entries.size());
    const QString lockNote =
        locked.isEmpty()
            ? QString()
            : tr("\nThese forms will be locked: %1.").arg(locked.join(QStringLiteral("、")));
    const auto reason =
        m_prompter.text(this, tr("Accept returns"),
                        what + lockNote + tr("\nNote for the audit trail (may be left empty):"));
    if (!reason)
        return;
    QString error;
    reportResult(ReturnsService(m_session.connection()).acceptAll(keys, *reason, &error), error);
}

void ReturnsTab::correctReceivedOn() {
    const QList<ReturnEntry> entries = selectedEntries();
    if (entries.isEmpty())
        return;
    const QDate date = m_receivedOn->date();
    const auto reason = m_prompter.text(
        this, tr("Correct receipt date"),
        tr("Record %1 return(s) as received on %2? Their source files and SHA-256 are kept. "
           "Why is the date corrected? The reason is recorded.")
            .arg(entries.size())
            .arg(date.toString(Qt::ISODate)));
    if (!reason)
        return;
    QString error;
    bool ok = true;
    for (const ReturnEntry& e : entries) {
        ok = ReturnsService(m_session.connection())
                 .correctReceivedOn(
                     ReturnKey{e.unit.code, e.obligation.id, e.periodYear, e.revision}, date,
                     *reason, today(), &error);
        if (!ok) {
            error = tr("%1 %2: %3").arg(e.unit.name, e.obligation.title, error);
            break;
        }
    }
    reportResult(ok, error);
}

void ReturnsTab::sendBack() {
    const ReturnEntry* e = m_board->entryAt(m_boardView->currentIndex().row());
    if (!e)
        return;
    const auto reason =
        m_prompter.text(this, tr("Return for correction"),
                        tr("What must %1 correct in %2?").arg(e->unit.name, e->obligation.title));
    if (!reason)
        return;
    QString error;
    reportResult(
        serviceFor(*e).sendBack(e->unit.code, e->obligation.id, e->periodYear, *reason, &error),
        error);
}

void ReturnsTab::unlock() {
    const ReturnEntry* e = m_board->entryAt(m_boardView->currentIndex().row());
    if (!e)
        return;
    const auto reason =
        m_prompter.text(this, tr("Unlock"),
                        tr("Why must the accepted %1 of %2 be changed? The reason is recorded.")
                            .arg(e->obligation.title, e->unit.name));
    if (!reason)
        return;
    QString error;
    reportResult(
        serviceFor(*e).unlock(e->unit.code, e->obligation.id, e->periodYear, *reason, &error),
        error);
}

bool ReturnsTab::exportBoardCsv(const QString& path, QString* error) const {
    if (!(writeTableFile(
            path, [this](TableSink& sink) { writeReturns(sink, m_board->entries()); }, error)))
        return false;
    status::fileWritten(this, path);
    return true;
}

bool ReturnsTab::exportMatrixCsv(const QString& path, QString* error) const {
    const MeasureMatrix m =
        measureMatrix(m_session.connection(), m_session.unitCode(), m_session.year(),
                      static_cast<MatrixMeasure>(m_measure->currentData().toInt()));
    if (!(writeTableFile(
            path, [&m](TableSink& sink) { writeMatrix(sink, m); }, error)))
        return false;
    status::fileWritten(this, path);
    return true;
}

ReportDocument ReturnsTab::matrixDocument() const {
    return matrixReport(
        measureMatrix(m_session.connection(), m_session.unitCode(), m_session.year(),
                      static_cast<MatrixMeasure>(m_measure->currentData().toInt())));
}

void ReturnsTab::exportBoardDialog() {
    const auto unit = m_session.unit();
    if (!unit)
        return;
    const QString path =
        askTableFile(this, tr("Export returns board"),
                     tr("%1 returns %2.csv").arg(unit->name).arg(m_session.year()),
                     [this](TableSink& sink) { writeReturns(sink, m_board->entries()); });
    if (path.isEmpty())
        return;
    QString error;
    if (!exportBoardCsv(path, &error))
        m_prompter.warning(this, tr("Export"), error);
}

void ReturnsTab::exportMatrixDialog() {
    const auto unit = m_session.unit();
    if (!unit)
        return;
    const QString path = askTableFile(this, tr("Export matrix"),
                                      QStringLiteral("%1 %2 %3.csv")
                                          .arg(unit->name)
                                          .arg(m_session.year())
                                          .arg(m_measure->currentText()),
                                      false);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportMatrixCsv(path, &error))
        m_prompter.warning(this, tr("Export"), error);
}

void ReturnsTab::printMatrix() {
    if (!m_session.unit())
        return;
    const ReportDocument doc = matrixDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(doc.name);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(doc, p); });
    if (preview.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(this, doc.name, printer);
}

} // namespace yufang
