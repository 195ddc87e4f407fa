#include "uninsured_tab.h"
#include "status_messages.h"

#include "lazy_reload.h"
#include "prompter.h"
#include "session.h"
#include "table_file.h"

#include "io/file_output.h"
#include "report_renderer.h"

#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

void UninsuredModel::setList(QList<UninsuredEnterprise> list) {
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

int UninsuredModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_list.size());
}
int UninsuredModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UninsuredModel::data(const QModelIndex& index, int role) const {
    if (role == Qt::TextAlignmentRole && index.isValid())
        return QVariant::fromValue(index.column() == Employees ? Qt::AlignRight | Qt::AlignVCenter
                                                               : Qt::AlignLeft | Qt::AlignVCenter);
    if (!index.isValid() || index.row() >= m_list.size() ||
        (role != Qt::DisplayRole && role != RawRole))
        return {};
    const UninsuredEnterprise& e = m_list.at(index.row());
    switch (Column(index.column())) {
    case Unit:
        return role == RawRole ? e.unitCode : e.unitName;
    case Industry:
        return e.industry;
    case Enterprise:
        return e.enterpriseName;
    case CreditCode:
        return e.creditCode;
    case Employees:
        return role == RawRole ? QVariant(e.employees) : QVariant(QLocale().toString(e.employees));
    case Status:
        return role == RawRole ? followUpStatusKey(e.followUp.status)
                               : followUpStatusCaption(e.followUp.status);
    case Date:
        return role == RawRole
                   ? QVariant(e.followUp.date)
                   : QVariant(e.followUp.date.isValid() ? e.followUp.date.toString(Qt::ISODate)
                                                        : QString());
    case Note:
        return e.followUp.note;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UninsuredModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Unit:
        return tr("Unit");
    case Industry:
        return tr("Industry");
    case Enterprise:
        return tr("Enterprise");
    case CreditCode:
        return tr("Credit code");
    case Employees:
        return tr("Employees");
    case Status:
        return tr("Follow-up");
    case Date:
        return tr("Date");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

UninsuredTab::UninsuredTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter) {
    setObjectName(QStringLiteral("UninsuredTab"));
    m_model = new UninsuredModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(UninsuredModel::Enterprise, 260);
    m_view->horizontalHeader()->resizeSection(UninsuredModel::CreditCode, 170);
    m_summary = new QLabel(this);
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Note"));
    auto button = [this](const QString& text) { return new QPushButton(text, this); };
    QPushButton* notified = button(tr("Notified"));
    QPushButton* deadline = button(tr("Deadline set"));
    QPushButton* insured = button(tr("Insured"));
    QPushButton* clear = button(tr("Clear"));
    QPushButton* csv = button(tr("Export table…"));
    QPushButton* print = button(tr("Print preview…"));
    connect(notified, &QPushButton::clicked, this,
            [this] { setStatus(FollowUpStatus::Notified, m_date->date(), m_note->text()); });
    connect(deadline, &QPushButton::clicked, this,
            [this] { setStatus(FollowUpStatus::Deadline, m_date->date(), m_note->text()); });
    connect(insured, &QPushButton::clicked, this,
            [this] { setStatus(FollowUpStatus::Insured, m_date->date(), m_note->text()); });
    connect(clear, &QPushButton::clicked, this, [this] { setStatus(FollowUpStatus::None, {}); });
    connect(csv, &QPushButton::clicked, this, [this] {
        m_lazy->flush();
        const QString path =
            askTableFile(this, tr("Export uninsured enterprises"), tr("uninsured.csv"),
                         [this](TableSink& sink) { UninsuredList::write(sink, m_model->list()); });
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(print, &QPushButton::clicked, this, &UninsuredTab::printPreview);

    auto* followUp = new QHBoxLayout;
    followUp->addWidget(new QLabel(tr("Follow-up of the selected enterprise:"), this));
    followUp->addWidget(m_date);
    followUp->addWidget(m_note, 1);
    for (QPushButton* b : {notified, deadline, insured, clear})
        followUp->addWidget(b);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(csv);
    bottom->addWidget(print);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(followUp);
    layout->addLayout(bottom);

    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_session, &Session::databaseChanged, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::selectionChanged, m_lazy, &LazyReload::request);
    m_lazy->request();
}

void UninsuredTab::registerChanged() {
    m_lazy->request();
}

UninsuredModel* UninsuredTab::model() const {
    m_lazy->flush();
    return m_model;
}

void UninsuredTab::reload() {
    if (!m_session.hasDatabase()) {
        m_model->setList({});
        return;
    }
    m_model->setList(
        UninsuredList(m_session.connection()).list(m_session.unitCode(), m_session.year()));
    const auto unit = m_session.unit();
    m_summary->setText(tr("%1, %2: %3 enterprise(s) with employees and no insured persons")
                           .arg(unit ? unit->name : QString())
                           .arg(m_session.year())
                           .arg(m_model->rowCount()));
}

bool UninsuredTab::setStatus(FollowUpStatus status, const QDate& date, const QString& note) {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_prompter.information(this, tr("Follow-up"), tr("Select an enterprise first."));
        return false;
    }
    const int row = rows.first().row();
    const UninsuredEnterprise& e = m_model->list().at(row);
    QString error;
    if (!UninsuredList(m_session.connection())
             .setFollowUp(e.creditCode, e.unitCode, FollowUp{status, date, note}, &error)) {
        m_prompter.warning(this, tr("Follow-up"), error);
        return false;
    }
    reload();
    m_view->selectRow(row);
    return true;
}

ReportDocument UninsuredTab::report() const {
    m_lazy->flush();
    const auto unit = m_session.unit();
    return UninsuredList::report(m_model->list(), unit ? unit->name : QString(), m_session.year());
}

bool UninsuredTab::exportCsv(const QString& path) {
    m_lazy->flush();
    QString error;
    if (writeTableFile(
            path, [this](TableSink& sink) { UninsuredList::write(sink, m_model->list()); },
            &error)) {
        status::fileWritten(this, path);
        return true;
    }
    m_prompter.warning(this, tr("Export uninsured enterprises"), error);
    return false;
}

void UninsuredTab::printPreview() {
    QPrinter printer(QPrinter::HighResolution);
    const ReportDocument doc = report();
    printer.setPageOrientation(doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [&doc](QPrinter* p) { ReportRenderer::paint(doc, p); });
    if (dialog.exec() == QDialog::Accepted) // the print button prints, then accepts
        status::printed(this, doc.name, printer);
}

} // namespace yufang
