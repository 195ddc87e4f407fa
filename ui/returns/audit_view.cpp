#include "audit_view.h"
#include "status_messages.h"

#include "audit_table_model.h"
#include "lazy_reload.h"
#include "prompter.h"
#include "session.h"
#include "table_file.h"

#include "domain/form_diff.h"
#include "forms/form_access.h"
#include "io/csv_writer.h"
#include "io/file_output.h"
#include "storage/audit_log.h"
#include "storage/obligation_repository.h"
#include "storage/unit_repository.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

AuditView::AuditView(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new AuditTableModel(this)) {
    setObjectName(QStringLiteral("AuditView"));
    m_unitOnly = new QCheckBox(tr("Selected unit and below only"), this);
    m_unitOnly->setChecked(true);
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("all years"));
    m_year->setValue(0);
    m_useDates = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_count = new QLabel(this);
    auto* exportButton = new QPushButton(tr("Export table…"), this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_unitOnly);
    filters->addWidget(new QLabel(tr("Year"), this));
    filters->addWidget(m_year);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    filters->addWidget(exportButton);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    auto* note = new QLabel(
        tr("The trail is append-only: every change to forms, returns and locks is "
           "recorded with the operating-system account, and nothing here can change it."),
        this);
    note->setWordWrap(true); // one long line made the window wider than a 1024 px screen
    layout->addWidget(note);

    connect(m_unitOnly, &QCheckBox::toggled, this, &AuditView::reload);
    connect(m_year, &QSpinBox::valueChanged, this, &AuditView::reload);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditView::reload);
    connect(exportButton, &QPushButton::clicked, this, &AuditView::exportDialog);
    m_lazy = new LazyReload(this, [this] { reload(); });
    connect(&m_session, &Session::selectionChanged, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::databaseChanged, m_lazy, &LazyReload::request);
    connect(&m_session, &Session::figuresChanged, m_lazy, &LazyReload::request);
    m_lazy->request();
}

AuditTableModel* AuditView::model() const {
    m_lazy->flush();
    return m_model;
}

void AuditView::reload() {
    if (!m_session.hasDatabase()) {
        m_model->setEvents({}, {});
        m_count->clear();
        return;
    }
    AuditFilter filter;
    if (m_unitOnly->isChecked())
        filter.unitCode = m_session.unitCode();
    filter.year = m_year->value();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    QHash<QString, QString> names;
    for (const Unit& u : UnitRepository(m_session.connection()).all())
        names.insert(u.code, u.name);
    const QList<AuditEvent> events = AuditLog(m_session.connection()).events(filter);
    // Obligation codes read as the titles the unit's plan gives them.
    QHash<QString, QString> titles;
    QSet<QString> seen;
    const ObligationRepository obligations(m_session.connection());
    for (const AuditEvent& e : events) {
        if (e.action != audit::kReturnStatus || seen.contains(e.unitCode))
            continue;
        seen.insert(e.unitCode);
        for (const auto& owed : obligations.owedBy(e.unitCode))
            titles.insert(e.unitCode + QLatin1Char('/') + owed.obligation.code,
                          owed.obligation.title);
    }
    // Another form's columns and fields read as its definition names them (培训's
    // key_personnel as 重点人员数).
    QHash<QString, QString> fields;
    QHash<QString, std::optional<FormDefinition>> definitions; // by form/unit/year
    for (const AuditEvent& e : events) {
        if (e.action != audit::kFormCell && e.action != audit::kFormField)
            continue;
        const QString form = e.entity.section(QLatin1Char('/'), 0, 0);
        const QString which = form + u'/' + e.unitCode + u'/' + QString::number(e.year);
        auto it = definitions.find(which);
        if (it == definitions.end())
            it = definitions.insert(which, form_access::definitionFor(m_session.connection(), form,
                                                                      e.unitCode, e.year));
        if (*it && !fields.contains(form + u'/' + e.field))
            fields.insert(form + u'/' + e.field, formFieldCaption(**it, e.field));
    }
    m_model->setEvents(events, names, titles, fields);
    m_count->setText(tr("%1 event(s)").arg(m_model->rowCount()));
    m_view->resizeColumnsToContents();
}

bool AuditView::exportCsv(const QString& path, QString* error) const {
    m_lazy->flush();
    if (!(writeTableFile(
            path,
            [this](TableSink& sink) {
                writeAudit(sink, m_model->events(), m_session.connection());
            },
            error)))
        return false;
    status::fileWritten(this, path);
    return true;
}

void AuditView::exportDialog() {
    m_lazy->flush();
    const QString path = askTableFile(
        this, tr("Export audit trail"), tr("audit trail.csv"),
        [this](TableSink& sink) { writeAudit(sink, m_model->events(), m_session.connection()); });
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        m_prompter.warning(this, tr("Export"), error);
}

} // namespace yufang
