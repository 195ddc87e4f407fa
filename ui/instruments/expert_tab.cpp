#include "expert_tab.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "expert_models.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "services/expert_csv.h"
#include "storage/expert_repository.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

ExpertTab::ExpertTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new ExpertTableModel(this)), m_filter(new ExpertFilterModel(this)) {
    setObjectName(QStringLiteral("ExpertTab"));
    m_filter->setSourceModel(m_model);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name, employer, title, contact"));
    m_search->setClearButtonEnabled(true);
    m_fieldFilter = new QComboBox(this);
    m_fieldFilter->addItem(tr("All fields"), -1);
    m_levelFilter = new QComboBox(this);
    m_levelFilter->addItem(tr("All levels"), -1);
    m_field = new QComboBox(this);
    m_level = new QComboBox(this);
    for (ExpertField f : {ExpertField::Prevention, ExpertField::Safety, ExpertField::Health}) {
        m_fieldFilter->addItem(expertFieldLabel(f), int(f));
        m_field->addItem(expertFieldLabel(f), int(f));
    }
    for (ExpertLevel l : {ExpertLevel::Province, ExpertLevel::City}) {
        m_levelFilter->addItem(expertLevelLabel(l), int(l));
        m_level->addItem(expertLevelLabel(l), int(l));
    }
    filters->addWidget(m_search, 1);
    filters->addWidget(m_fieldFilter);
    filters->addWidget(m_levelFilter);
    left->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ExpertView"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(ExpertTableModel::EmployerColumn,
                                                     QHeaderView::Stretch);
    left->addWidget(m_view, 1);
    auto* csv = new QHBoxLayout;
    auto* import = new QPushButton(tr("Import…"), this);
    auto* exportButton = new QPushButton(tr("Export table…"), this);
    csv->addWidget(import);
    csv->addWidget(exportButton);
    csv->addStretch(1);
    left->addLayout(csv);
    layout->addLayout(left, 3);

    auto* side = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_employer = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_contact = new QLineEdit(this);
    m_validUntil = new QLineEdit(this);
    m_validUntil->setPlaceholderText(tr("YYYY-MM-DD, empty: no end"));
    form->addRow(tr("Expert name"), m_name);
    form->addRow(tr("Expertise field"), m_field);
    form->addRow(tr("Level"), m_level);
    form->addRow(tr("Employer"), m_employer);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Valid until"), m_validUntil);
    side->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), this);
    auto* save = new QPushButton(tr("Save"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    for (QPushButton* b : {add, save, remove})
        buttons->addWidget(b);
    side->addLayout(buttons);
    side->addStretch(1);
    layout->addLayout(side, 1);

    connect(m_search, &QLineEdit::textChanged, this, &ExpertTab::applyFilters);
    connect(m_fieldFilter, &QComboBox::currentIndexChanged, this, &ExpertTab::applyFilters);
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, &ExpertTab::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExpertTab::showSelected);
    connect(add, &QPushButton::clicked, this, &ExpertTab::newExpert);
    connect(save, &QPushButton::clicked, this, &ExpertTab::saveExpert);
    connect(remove, &QPushButton::clicked, this, &ExpertTab::removeSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import experts"), QString(), importFileFilter());
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = askTableFile(this, tr("Export experts"), tr("expert-pool.csv"),
                                          [this](TableSink& sink) { writeExperts(sink, shown()); });
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(&session, &Session::databaseChanged, this, &ExpertTab::reload);
    reload();
}

void ExpertTab::reload() {
    // Revisions before the experts they guard: a save landing in between is a conflict.
    m_revisions = m_session.hasDatabase()
                      ? RecordRevisions(m_session.connection()).allOf(RecordKey::expert(0).kind)
                      : QHash<QString, qint64>();
    m_model->setExperts(m_session.hasDatabase() ? ExpertRepository(m_session.connection()).all()
                                                : QList<Expert>(),
                        QDate::currentDate());
    newExpert();
}

void ExpertTab::applyFilters() {
    m_filter->setSearch(m_search->text());
    const int f = m_fieldFilter->currentData().toInt();
    m_filter->setField(f < 0 ? std::nullopt : std::optional<ExpertField>(ExpertField(f)));
    const int l = m_levelFilter->currentData().toInt();
    m_filter->setLevel(l < 0 ? std::nullopt : std::optional<ExpertLevel>(ExpertLevel(l)));
}

void ExpertTab::showSelected() {
    const QModelIndex source = m_filter->mapToSource(m_view->currentIndex());
    const Expert* e = m_model->expertAt(source.row());
    if (!e)
        return;
    m_editingId = e->id;
    m_name->setText(e->name);
    m_field->setCurrentIndex(m_field->findData(int(e->field)));
    m_level->setCurrentIndex(m_level->findData(int(e->level)));
    m_employer->setText(e->employer);
    m_title->setText(e->title);
    m_contact->setText(e->contact);
    m_validUntil->setText(e->validUntil.isValid() ? e->validUntil.toString(Qt::ISODate)
                                                  : QString());
}

void ExpertTab::newExpert() {
    m_editingId = 0;
    m_view->clearSelection();
    for (QLineEdit* e : {m_name, m_employer, m_title, m_contact, m_validUntil})
        e->clear();
}

bool ExpertTab::saveExpert() {
    Expert e;
    e.id = m_editingId;
    e.name = m_name->text();
    e.field = ExpertField(m_field->currentData().toInt());
    e.level = ExpertLevel(m_level->currentData().toInt());
    e.employer = m_employer->text();
    e.title = m_title->text();
    e.contact = m_contact->text();
    const QString until = m_validUntil->text().trimmed();
    e.validUntil = QDate::fromString(until, Qt::ISODate);
    QString error;
    if (!until.isEmpty() && !e.validUntil.isValid()) {
        m_prompter.warning(this, tr("Save expert"),
                           tr("Valid until: \"%1\" is not a date such as 2025-12-31").arg(until));
        return false;
    }
    RevisionTicket ticket = RecordRevisions::ticketIn(m_revisions, RecordKey::expert(e.id));
    const GuardedSave guarded{
        RecordKey::expert(e.id), tr("The expert %1").arg(e.name), {}, [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return ExpertRepository(m_session.connection()).save(e, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save expert"), error);
        return false;
    }
    reload();
    m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(m_model->rowOf(e.id), 0)));
    Q_EMIT poolChanged();
    return true;
}

bool ExpertTab::removeSelected() {
    const Expert* e = m_model->expertAt(m_filter->mapToSource(m_view->currentIndex()).row());
    if (!e)
        return false;
    if (m_prompter.question(
            this, tr("Delete expert"),
            tr("Delete %1 from the pool? Their assignments to projects go too.").arg(e->name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    const qint64 id = e->id;
    RevisionTicket ticket = RecordRevisions::ticketIn(m_revisions, RecordKey::expert(id));
    const GuardedSave guarded{
        RecordKey::expert(id), tr("The expert %1").arg(e->name), {}, [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return ExpertRepository(m_session.connection()).remove(id, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Delete expert"), error);
        return false;
    }
    reload();
    Q_EMIT poolChanged();
    return true;
}

bool ExpertTab::importCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_prompter.warning(this, tr("Import experts"),
                           tr("%1: cannot read the file: %2").arg(path, f.errorString()));
        return false;
    }
    ExpertCsvRead read = readExpertCsv(f.readAll(), path);
    QString error;
    if (hasErrors(read.diagnostics)) {
        QStringList lines;
        for (const Diagnostic& d : read.diagnostics)
            lines << d.toString();
        error = lines.join(QLatin1Char('\n'));
    } else if (read.experts.isEmpty()) {
        error = tr("%1: the file lists no experts").arg(path);
    } else {
        ExpertRepository(m_session.connection()).addAll(read.experts, &error);
    }
    if (!error.isEmpty()) {
        m_prompter.warning(this, tr("Import experts"), error);
        return false;
    }
    reload();
    status::filesImported(this, {path});
    m_prompter.information(this, tr("Import experts"),
                           tr("%1 expert(s) added.").arg(read.experts.size()));
    Q_EMIT poolChanged();
    return true;
}

QList<Expert> ExpertTab::shown() const {
    // What is shown: the filtered rows, in the shown order.
    QList<Expert> out;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        out << *m_model->expertAt(m_filter->mapToSource(m_filter->index(r, 0)).row());
    return out;
}

bool ExpertTab::exportCsv(const QString& path) {
    QString error;
    if (!writeTableFile(
            path, [this](TableSink& sink) { writeExperts(sink, shown()); }, &error)) {
        m_prompter.warning(this, tr("Export experts"), error);
        return false;
    }
    status::fileWritten(this, path);
    return true;
}

} // namespace yufang
