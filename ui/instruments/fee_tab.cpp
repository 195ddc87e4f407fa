#include "fee_tab.h"

#include "fee_project_model.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "storage/expert_repository.h"
#include "storage/fee_repository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace yufang {

namespace {
qint64 toFen(double yuan) {
    return qint64(std::llround(yuan * 100.0));
}
} // namespace

FeeTab::FeeTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new FeeProjectModel(this)) {
    setObjectName(QStringLiteral("FeeTab"));
    auto* layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    layout->addWidget(m_header);

    auto* budget = new QGroupBox(tr("Budget and cap"), this);
    auto* bl = new QHBoxLayout(budget);
    auto* bf = new QFormLayout;
    m_incomeYear = new QSpinBox(budget);
    m_incomeYear->setRange(2000, 2100);
    m_income = new QDoubleSpinBox(budget);
    m_income->setRange(0, 1e13);
    m_income->setDecimals(2);
    m_income->setGroupSeparatorShown(true);
    m_income->setSuffix(tr(" yuan"));
    m_ratio = new QDoubleSpinBox(budget);
    m_ratio->setRange(0.01, 100);
    m_ratio->setDecimals(2);
    m_ratio->setSuffix(QStringLiteral("%"));
    m_approval = new QLineEdit(budget);
    m_approval->setPlaceholderText(tr("Provincial approval, required above 3%"));
    bf->addRow(tr("Fund contribution income of"), m_incomeYear);
    bf->addRow(tr("Income"), m_income);
    bf->addRow(tr("Ratio"), m_ratio);
    bf->addRow(tr("Approval reference"), m_approval);
    bl->addLayout(bf, 2);
    auto* right = new QVBoxLayout;
    m_usage = new QLabel(budget);
    m_usage->setWordWrap(true);
    m_bar = new QProgressBar(budget);
    m_bar->setRange(0, 100);
    auto* saveBudgetButton = new QPushButton(tr("Save budget"), budget);
    right->addWidget(m_usage);
    right->addWidget(m_bar);
    right->addWidget(saveBudgetButton);
    right->addStretch(1);
    bl->addLayout(right, 3);
    layout->addWidget(budget);

    auto* projects = new QHBoxLayout;
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("FeeProjectView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(FeeProjectModel::NameColumn,
                                                     QHeaderView::Stretch);
    projects->addWidget(m_view, 3);
    auto* side = new QVBoxLayout;
    auto* pf = new QFormLayout;
    m_name = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (ProjectKind k : {ProjectKind::Publicity, ProjectKind::Training})
        m_kind->addItem(projectKindLabel(k), int(k));
    m_provider = new QLineEdit(this);
    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0, 1e12);
    m_amount->setDecimals(2);
    m_amount->setGroupSeparatorShown(true);
    m_amount->setSuffix(tr(" yuan"));
    m_stage = new QComboBox(this);
    for (int s = 0; s <= int(ProjectStage::Accepted); ++s)
        m_stage->addItem(projectStageLabel(ProjectStage(s)), s);
    m_note = new QLineEdit(this);
    m_experts = new QListWidget(this);
    pf->addRow(tr("Project"), m_name);
    pf->addRow(tr("Type"), m_kind);
    pf->addRow(tr("Provider"), m_provider);
    pf->addRow(tr("Amount"), m_amount);
    pf->addRow(tr("Stage"), m_stage);
    pf->addRow(tr("Note"), m_note);
    pf->addRow(tr("Reviewing experts"), m_experts);
    side->addLayout(pf);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), this);
    auto* save = new QPushButton(tr("Save"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    for (QPushButton* b : {add, save, remove})
        buttons->addWidget(b);
    side->addLayout(buttons);
    projects->addLayout(side, 2);
    layout->addLayout(projects, 1);

    connect(saveBudgetButton, &QPushButton::clicked, this, &FeeTab::saveBudget);
    connect(add, &QPushButton::clicked, this, &FeeTab::newProject);
    connect(save, &QPushButton::clicked, this, &FeeTab::saveProject);
    connect(remove, &QPushButton::clicked, this, &FeeTab::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FeeTab::showSelected);
    connect(&session, &Session::selectionChanged, this, &FeeTab::reload);
    connect(&session, &Session::databaseChanged, this, &FeeTab::reload);
    reload();
}

void FeeTab::reload() {
    const auto unit = m_session.unit();
    if (!unit) {
        m_header->setText(tr("Choose a unit and a year."));
        m_model->setProjects({}, {});
        return;
    }
    m_header->setText(tr("Prevention fee of %1 for %2").arg(unit->name).arg(m_session.year()));
    const FeeRepository repo(m_session.connection());
    // Revisions before the figures they guard: a save landing in between is a conflict.
    const RecordRevisions revisions(m_session.connection());
    m_budgetRevision = revisions.ticket(RecordKey::feeBudget(unit->code, m_session.year()));
    m_projectRevisions = revisions.allOf(RecordKey::feeProject(0).kind);
    const FeeBudget b = repo.budget(unit->code, m_session.year());
    m_incomeYear->setValue(b.incomeYear);
    m_income->setValue(double(b.priorIncomeFen) / 100.0);
    m_ratio->setValue(b.capRatio * 100.0);
    m_approval->setText(b.approvalReference);
    QHash<qint64, QString> names;
    m_experts->clear();
    for (const Expert& e : ExpertRepository(m_session.connection()).all()) {
        names.insert(e.id, e.name);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1（%2，%3）")
                .arg(e.name, expertFieldLabel(e.field), expertLevelLabel(e.level)),
            m_experts);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_model->setProjects(repo.projects(unit->code, m_session.year()), names);
    newProject();
    updateUsage();
}

void FeeTab::updateUsage() {
    const auto unit = m_session.unit();
    if (!unit)
        return;
    const FeeRepository repo(m_session.connection());
    const FeeBudget b = repo.budget(unit->code, m_session.year());
    const qint64 used = committedFen(m_model->projects());
    qint64 requested = 0;
    for (const FeeProject& p : m_model->projects())
        requested += p.committed() ? 0 : p.amountFen;
    m_usage->setText(
        tr("Cap: %1 yuan (%2% of %3 yuan, income of %4)%5\nApproved projects: %6 yuan; left: %7 "
           "yuan; "
           "applied or under review: %8 yuan")
            .arg(yuanText(b.capFen()), QString::number(b.capRatio * 100.0, 'f', 2),
                 yuanText(b.priorIncomeFen))
            .arg(b.incomeYear)
            .arg(repo.hasBudget(unit->code, m_session.year()) ? QString() : tr(" — not saved yet"))
            .arg(yuanText(used), yuanText(b.capFen() - used), yuanText(requested)));
    m_bar->setValue(b.capFen() > 0 ? int(qMin<qint64>(100, used * 100 / b.capFen())) : 0);
}

bool FeeTab::saveBudget() {
    const auto unit = m_session.unit();
    if (!unit)
        return false;
    FeeBudget b;
    b.unitCode = unit->code;
    b.year = m_session.year();
    b.incomeYear = m_incomeYear->value();
    b.priorIncomeFen = toFen(m_income->value());
    b.capRatio = m_ratio->value() / 100.0;
    b.approvalReference = m_approval->text().trimmed();
    QString error;
    const GuardedSave guarded{
        RecordKey::feeBudget(b.unitCode, b.year),
        tr("The prevention fee budget of %1 for %2").arg(unit->name).arg(b.year),
        {},
        [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), m_budgetRevision, guarded,
            [&](RevisionTicket* t, QString* why) {
                return FeeRepository(m_session.connection()).saveBudget(b, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save budget"), error);
        return false;
    }
    reload();
    return true;
}

void FeeTab::select(int row) {
    m_view->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void FeeTab::showSelected() {
    const FeeProject* p = m_model->projectAt(m_view->currentIndex().row());
    if (!p)
        return;
    m_editingId = p->id;
    m_name->setText(p->name);
    m_kind->setCurrentIndex(m_kind->findData(int(p->kind)));
    m_provider->setText(p->provider);
    m_amount->setValue(double(p->amountFen) / 100.0);
    m_stage->setCurrentIndex(m_stage->findData(int(p->stage)));
    m_note->setText(p->note);
    for (int i = 0; i < m_experts->count(); ++i) {
        QListWidgetItem* item = m_experts->item(i);
        item->setCheckState(p->expertIds.contains(item->data(Qt::UserRole).toLongLong())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
}

void FeeTab::newProject() {
    m_editingId = 0;
    m_view->clearSelection();
    m_name->clear();
    m_provider->clear();
    m_note->clear();
    m_amount->setValue(0);
    m_stage->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    for (int i = 0; i < m_experts->count(); ++i)
        m_experts->item(i)->setCheckState(Qt::Unchecked);
}

bool FeeTab::saveProject() {
    const auto unit = m_session.unit();
    if (!unit)
        return false;
    FeeProject p;
    p.id = m_editingId;
    p.unitCode = unit->code;
    p.year = m_session.year();
    p.name = m_name->text().trimmed();
    p.kind = ProjectKind(m_kind->currentData().toInt());
    p.provider = m_provider->text().trimmed();
    p.amountFen = toFen(m_amount->value());
    p.stage = ProjectStage(m_stage->currentData().toInt());
    p.note = m_note->text().trimmed();
    for (int i = 0; i < m_experts->count(); ++i)
        if (m_experts->item(i)->checkState() == Qt::Checked)
            p.expertIds << m_experts->item(i)->data(Qt::UserRole).toLongLong();
    QString error;
    RevisionTicket ticket =
        RecordRevisions::ticketIn(m_projectRevisions, RecordKey::feeProject(p.id));
    const GuardedSave guarded{RecordKey::feeProject(p.id),
                              tr("The prevention fee project %1").arg(p.name),
                              {},
                              [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return FeeRepository(m_session.connection()).saveProject(p, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save project"), error);
        return false;
    }
    reload();
    select(m_model->rowOf(p.id));
    return true;
}

bool FeeTab::removeSelected() {
    const FeeProject* p = m_model->projectAt(m_view->currentIndex().row());
    if (!p)
        return false;
    if (m_prompter.question(this, tr("Delete project"), tr("Delete the project %1?").arg(p->name),
                            QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    const qint64 id = p->id;
    RevisionTicket ticket =
        RecordRevisions::ticketIn(m_projectRevisions, RecordKey::feeProject(id));
    const GuardedSave guarded{RecordKey::feeProject(id),
                              tr("The prevention fee project %1").arg(p->name),
                              {},
                              [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return FeeRepository(m_session.connection()).removeProject(id, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Delete project"), error);
        return false;
    }
    reload();
    return true;
}

} // namespace yufang
