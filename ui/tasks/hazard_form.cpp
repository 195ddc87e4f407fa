#include "hazard_form.h"

#include "hazard_table_model.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "storage/task_repository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
QDateEdit* dateEdit(QWidget* parent) {
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}
} // namespace

HazardForm::HazardForm(Session& session, Prompter& prompter, HazardTableModel* model,
                       QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_model(model) {
    auto* layout = new QHBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("HazardView"));
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(HazardTableModel::ProblemColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 3);

    auto* side = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_enterprise = new QLineEdit(this);
    m_problem = new QLineEdit(this);
    m_foundOn = dateEdit(this);
    m_deadline = dateEdit(this);
    m_department = new QLineEdit(this);
    m_status = new QComboBox(this);
    for (HazardStatus s : {HazardStatus::Open, HazardStatus::Rectifying, HazardStatus::Closed})
        m_status->addItem(hazardStatusLabel(s), int(s));
    m_closedOn = dateEdit(this);
    m_note = new QLineEdit(this);
    form->addRow(tr("Enterprise"), m_enterprise);
    form->addRow(tr("Problem"), m_problem);
    form->addRow(tr("Found on"), m_foundOn);
    form->addRow(tr("Rectify by"), m_deadline);
    form->addRow(tr("Department"), m_department);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Closed on"), m_closedOn);
    form->addRow(tr("Note"), m_note);
    side->addLayout(form);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), this);
    auto* save = new QPushButton(tr("Save"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    for (QPushButton* b : {add, save, remove})
        buttons->addWidget(b);
    side->addLayout(buttons);
    side->addStretch(1);
    layout->addLayout(side, 2);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HazardForm::showSelected);
    connect(model, &QAbstractItemModel::modelReset, this, &HazardForm::showSelected);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_closedOn->setEnabled(HazardStatus(m_status->currentData().toInt()) ==
                               HazardStatus::Closed);
    });
    connect(add, &QPushButton::clicked, this, &HazardForm::newHazard);
    connect(save, &QPushButton::clicked, this, &HazardForm::save);
    connect(remove, &QPushButton::clicked, this, &HazardForm::removeSelected);
    newHazard();
}

void HazardForm::select(int row) {
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void HazardForm::showSelected() {
    const Hazard* h = m_model->hazardAt(m_view->currentIndex().row());
    if (!h) {
        newHazard();
        return;
    }
    m_editingId = h->id;
    m_enterprise->setText(h->enterprise);
    m_problem->setText(h->problem);
    m_foundOn->setDate(h->foundOn.isValid() ? h->foundOn : m_today);
    m_deadline->setDate(h->deadline);
    m_department->setText(h->department);
    m_status->setCurrentIndex(m_status->findData(int(h->status)));
    m_closedOn->setDate(h->closedOn.isValid() ? h->closedOn : m_today);
    m_closedOn->setEnabled(h->status == HazardStatus::Closed);
    m_note->setText(h->note);
}

void HazardForm::newHazard() {
    m_editingId = 0;
    m_view->clearSelection();
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    for (QLineEdit* e : {m_enterprise, m_problem, m_department, m_note})
        e->clear();
    m_foundOn->setDate(today);
    m_deadline->setDate(today.addDays(30));
    m_status->setCurrentIndex(0);
    m_closedOn->setDate(today);
    m_closedOn->setEnabled(false);
    m_enterprise->setFocus();
}

bool HazardForm::save() {
    Hazard h;
    h.id = m_editingId;
    h.unitCode = m_session.unitCode();
    h.enterprise = m_enterprise->text();
    h.problem = m_problem->text();
    h.foundOn = m_foundOn->date();
    h.deadline = m_deadline->date();
    h.department = m_department->text().trimmed();
    h.status = HazardStatus(m_status->currentData().toInt());
    h.closedOn = h.status == HazardStatus::Closed ? m_closedOn->date() : QDate();
    h.note = m_note->text().trimmed();
    QString error;
    if (h.unitCode.isEmpty()) {
        m_prompter.warning(this, tr("Save hazard"), tr("Choose a unit first."));
        return false;
    }
    RevisionTicket ticket = RecordRevisions::ticketIn(m_revisions, RecordKey::hazard(h.id));
    const GuardedSave guarded{RecordKey::hazard(h.id),
                              tr("The hazard entry for %1").arg(h.enterprise),
                              {},
                              [this] { Q_EMIT changed(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return TaskRepository(m_session.connection()).saveHazard(h, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save hazard"), error);
        return false;
    }
    Q_EMIT changed();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->hazardAt(r)->id == h.id)
            select(r);
    return true;
}

bool HazardForm::removeSelected() {
    const Hazard* h = m_model->hazardAt(m_view->currentIndex().row());
    if (!h)
        return false;
    if (m_prompter.question(
            this, tr("Delete hazard"), tr("Delete the entry for %1?").arg(h->enterprise),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    RevisionTicket ticket = RecordRevisions::ticketIn(m_revisions, RecordKey::hazard(h->id));
    const GuardedSave guarded{RecordKey::hazard(h->id),
                              tr("The hazard entry for %1").arg(h->enterprise),
                              {},
                              [this] { Q_EMIT changed(); }};
    const qint64 id = h->id;
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return TaskRepository(m_session.connection()).removeHazard(id, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Delete hazard"), error);
        return false;
    }
    Q_EMIT changed();
    return true;
}

} // namespace yufang
