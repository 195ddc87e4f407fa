#include "plan_editor_dialog.h"

#include "plan_category_editor.h"
#include "plan_returns_model.h"
#include "plan_returns_page.h"
#include "plan_task_table_model.h"

#include "forms/form_access.h"
#include "forms/plan_forms_page.h"
#include "forms/plan_indicators_page.h"
#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "storage/obligation_repository.h"
#include "storage/plan_category_store.h"
#include "storage/plan_repository.h"
#include "storage/plan_store.h"
#include "storage/plan_task_repository.h"
#include "storage/unit_repository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
QSpinBox* yearBox(QWidget* parent) {
    auto* b = new QSpinBox(parent);
    b->setRange(2000, 2100);
    return b;
}

QDoubleSpinBox* percentBox(QWidget* parent) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0.1, 100.0);
    b->setDecimals(1);
    b->setSuffix(QStringLiteral("%"));
    return b;
}
} // namespace

PlanEditorDialog::PlanEditorDialog(Session& session, Prompter& prompter, QWidget* parent)
    : QDialog(parent), m_session(session), m_prompter(prompter),
      m_obligations(new PlanTaskTableModel(this)) {
    setObjectName(QStringLiteral("PlanEditorDialog"));
    setWindowTitle(tr("Plans"));
    resize(1150, 780);
    auto* layout = new QVBoxLayout(this);
    auto* pick = new QHBoxLayout;
    m_plans = new QComboBox(this);
    auto* copy = new QPushButton(tr("Copy as a new plan…"), this);
    pick->addWidget(new QLabel(tr("Plan"), this));
    pick->addWidget(m_plans, 1);
    pick->addWidget(copy);
    layout->addLayout(pick);
    // 计划 (the plan's own fields), 报表 and 指标 (its forms and indicators, issue 13).
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(QStringLiteral("PlanEditorPages"));
    auto* planPage = new QWidget(m_pages);
    auto* planLayout = new QVBoxLayout(planPage);
    m_pages->addTab(planPage, tr("Plan"));
    m_formsPage = new PlanFormsPage(session, prompter, m_pages);
    m_pages->addTab(m_formsPage, tr("Forms"));
    m_indicatorsPage = new PlanIndicatorsPage(session, prompter, m_pages);
    m_pages->addTab(m_indicatorsPage, tr("Indicators"));
    m_returnsPage = new PlanReturnsPage(m_pages);
    m_pages->addTab(m_returnsPage, tr("Returns"));
    layout->addWidget(m_pages, 1);

    auto* upper = new QHBoxLayout;
    auto* fields = new QGroupBox(tr("Plan"), this);
    auto* form = new QFormLayout(fields);
    m_code = new QLineEdit(fields);
    m_title = new QLineEdit(fields);
    m_document = new QLineEdit(fields);
    m_issuer = new QLineEdit(fields);
    m_baseline = yearBox(fields);
    m_start = yearBox(fields);
    m_end = yearBox(fields);
    m_target = percentBox(fields);
    m_training = percentBox(fields);
    // One truth (domain/plan_targets): these two are the targets of the plan's accident-rate and
    // training-coverage indicators, and editing either place edits both.
    m_target->setObjectName(QStringLiteral("AccidentTargetBox"));
    m_training->setObjectName(QStringLiteral("TrainingTargetBox"));
    m_target->setToolTip(tr("The target of the plan's accident-rate indicator (tab Indicators): "
                            "changing it here changes the indicator, and the other way round."));
    m_training->setToolTip(tr("The target of the plan's training-coverage indicator (tab "
                              "Indicators), when the plan has one: changing it here changes the "
                              "indicator, and the other way round."));
    m_threshold = new QSpinBox(fields);
    m_threshold->setObjectName(QStringLiteral("ReportingThresholdBox"));
    m_threshold->setRange(1, 100);
    m_threshold->setSuffix(QStringLiteral("%"));
    m_threshold->setToolTip(
        tr("A consolidated status (已达成, 滞后, …) is given only when at least this share of the "
           "units expected to report sent figures for both the baseline year and the year. "
           "Below it the status reads 覆盖不足."));
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Plan title"), m_title);
    form->addRow(tr("Document number"), m_document);
    form->addRow(tr("Issued by"), m_issuer);
    form->addRow(tr("Baseline year"), m_baseline);
    form->addRow(tr("First year"), m_start);
    form->addRow(tr("Last year"), m_end);
    form->addRow(tr("Accident-rate reduction target"), m_target);
    form->addRow(tr("Training coverage target"), m_training);
    form->addRow(tr("Reporting threshold for a status"), m_threshold);
    upper->addWidget(fields, 3);

    auto* industries = new QGroupBox(tr("Key industries"), this);
    auto* il = new QVBoxLayout(industries);
    m_industries = new QListWidget(industries);
    il->addWidget(m_industries);
    auto* ib = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add…"), industries);
    auto* remove = new QPushButton(tr("Remove"), industries);
    auto* up = new QPushButton(tr("Up"), industries);
    auto* down = new QPushButton(tr("Down"), industries);
    for (QPushButton* b : {add, remove, up, down})
        ib->addWidget(b);
    il->addLayout(ib);
    upper->addWidget(industries, 2);

    auto* units = new QGroupBox(tr("Units following this plan"), this);
    auto* ul = new QVBoxLayout(units);
    m_units = new QComboBox(units);
    for (const Unit& u : UnitRepository(session.connection()).all())
        m_units->addItem(QStringLiteral("%1 %2").arg(u.code, u.name), u.code);
    ul->addWidget(m_units);
    auto* assign = new QPushButton(tr("Assign this plan to the unit"), units);
    auto* inherit = new QPushButton(tr("Unit follows its parent's plan"), units);
    ul->addWidget(assign);
    // A unit changes plan at a year (兰山区 follows the 2021-2025 plan for 2025 and the
    // 2026-2030 one from 2026): the earlier years keep the plan they were reported under.
    auto* fromRow = new QHBoxLayout;
    m_fromYear = yearBox(units);
    m_fromYear->setObjectName(QStringLiteral("AssignFromYearBox"));
    auto* assignFrom = new QPushButton(tr("Assign from year"), units);
    assignFrom->setObjectName(QStringLiteral("AssignFromYearButton"));
    fromRow->addWidget(assignFrom, 1);
    fromRow->addWidget(m_fromYear);
    ul->addLayout(fromRow);
    ul->addWidget(inherit);
    m_assigned = new QLabel(units);
    m_assigned->setWordWrap(true);
    ul->addWidget(m_assigned, 1);
    planLayout->addLayout(upper);

    // The key-personnel categories beside the units that follow the plan. (The 附件备注 are the
    // notes of the plan's 基本情况表, edited with its other words on 报表.)
    auto* middle = new QHBoxLayout;
    m_categories = new PlanCategoryEditor(prompter, this);
    middle->addWidget(m_categories, 3);
    middle->addWidget(units, 2);
    planLayout->addLayout(middle);

    auto* obligations = new QGroupBox(tr("Tasks and safeguards: obligations and deadlines"), this);
    auto* ol = new QVBoxLayout(obligations);
    m_obligationView = new QTableView(obligations);
    m_obligationView->setModel(m_obligations);
    m_obligationView->horizontalHeader()->setSectionResizeMode(PlanTaskTableModel::TitleColumn,
                                                               QHeaderView::Stretch);
    ol->addWidget(m_obligationView);
    auto* ob = new QHBoxLayout;
    auto* addOb = new QPushButton(tr("Add obligation"), obligations);
    auto* removeOb = new QPushButton(tr("Remove obligation"), obligations);
    ob->addWidget(addOb);
    ob->addWidget(removeOb);
    ob->addStretch(1);
    ol->addLayout(ob);
    planLayout->addWidget(obligations, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    for (const Plan& p : PlanRepository(session.connection()).all())
        m_plans->addItem(p.title, p.id);
    connect(m_plans, &QComboBox::currentIndexChanged, this, &PlanEditorDialog::switchPlan);
    // An indicator saved on its tab may carry a plan target: show the target it now has.
    connect(m_indicatorsPage, &PlanIndicatorsPage::indicatorsChanged, this, [this] {
        const auto plan = PlanRepository(m_session.connection()).find(currentPlanId());
        if (!plan)
            return;
        m_plan.accidentRateReductionTarget = plan->accidentRateReductionTarget;
        m_plan.trainingCoverageTarget = plan->trainingCoverageTarget;
        m_target->setValue(plan->accidentRateReductionTarget * 100.0);
        m_training->setValue(plan->trainingCoverageTarget * 100.0);
        // Saved already: not an unsaved edit of the plan page.
        const Plan shown = edits().plan;
        m_loaded.plan.accidentRateReductionTarget = shown.accidentRateReductionTarget;
        m_loaded.plan.trainingCoverageTarget = shown.trainingCoverageTarget;
        // The indicator's save moved the plan's revision with its target (this dialog's own
        // change, now shown): saving the plan page next is no conflict.
        m_revision =
            RecordRevisions(m_session.connection()).ticket(RecordKey::plan(currentPlanId()));
    });
    connect(m_formsPage, &PlanFormsPage::formsChanged, this, [this] {
        m_indicatorsPage->setPlan(currentPlanId());
        m_returnsPage->setForms(form_access::planForms(m_session.connection(), currentPlanId()));
    });
    // A copied form's returns are stored with it: the page lists them beside what the clerk
    // typed.
    connect(m_formsPage, &PlanFormsPage::returnsCopied, this,
            [this](const QList<Obligation>& returns) {
                m_returnsPage->model()->appendStored(returns);
                m_loaded.returns += returns; // stored already: no unsaved edit
                acceptOwnPlanRevision();
            });
    // A removed form's returns went with it: off the page, and not an unsaved edit either.
    connect(m_formsPage, &PlanFormsPage::returnsRemoved, this,
            [this](const QList<Obligation>& returns) {
                m_returnsPage->model()->removeStored(returns);
                for (const Obligation& gone : returns)
                    m_loaded.returns.removeIf(
                        [&](const Obligation& o) { return o.id != 0 && o.id == gone.id; });
                acceptOwnPlanRevision();
            });
    connect(copy, &QPushButton::clicked, this, &PlanEditorDialog::copyCurrent);
    connect(add, &QPushButton::clicked, this, [this] {
        if (const auto name =
                m_prompter.text(this, tr("Key industry"), tr("Name of the key industry")))
            addIndustry(*name);
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { removeIndustry(m_industries->currentRow()); });
    connect(up, &QPushButton::clicked, this,
            [this] { moveIndustry(m_industries->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this,
            [this] { moveIndustry(m_industries->currentRow(), +1); });
    connect(addOb, &QPushButton::clicked, this, [this] {
        PlanTask o;
        o.code = QStringLiteral("new-%1").arg(m_obligations->rowCount() + 1);
        o.title = tr("New obligation");
        o.firstYear = m_start->value();
        o.lastYear = m_end->value();
        o.setMonthDay(QStringLiteral("12-31"));
        m_obligations->insertObligation(m_obligations->rowCount(), o);
    });
    connect(removeOb, &QPushButton::clicked, this,
            [this] { m_obligations->removeObligation(m_obligationView->currentIndex().row()); });
    connect(assign, &QPushButton::clicked, this, [this] { assignToUnit(false); });
    connect(inherit, &QPushButton::clicked, this, [this] { assignToUnit(true); });
    connect(assignFrom, &QPushButton::clicked, this,
            [this] { assignToUnitFrom(m_fromYear->value()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // On a server only the administrator changes plans, forms' and indicators' definitions and
    // obligations (its grants say so; docs/server.md, "Access"): a unit's login reads them here.
    if (!session.mayEditPlans()) {
        auto* note = new QLabel(
            tr("Read only: this login (%1) may read the plans but not change them. Plans, forms, "
               "indicators and obligations are changed by the server's administrator.")
                .arg(session.rights().login()),
            this);
        note->setObjectName(QStringLiteral("PlanReadOnlyNote"));
        note->setWordWrap(true);
        layout->insertWidget(0, note);
        for (QWidget* w : std::initializer_list<QWidget*>{copy, fields, add, remove, up, down,
                                                          units, m_categories, addOb, removeOb})
            w->setEnabled(false);
        m_obligationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }

    if (const auto current = session.plan())
        selectPlan(current->id);
    loadPlan();
    if (!session.unitCode().isEmpty())
        m_units->setCurrentIndex(m_units->findData(session.unitCode()));
}

bool PlanEditorDialog::changedSomething() const {
    if (m_formsPage->changedSomething() || m_indicatorsPage->changedSomething())
        return true;
    return m_changed;
}

bool PlanEditorDialog::hasUnsavedEdits() const {
    return m_plan.id != 0 && edits() != m_loaded;
}

PlanEditorDialog::Edits PlanEditorDialog::edits() const {
    Edits e;
    Plan& p = e.plan;
    p = m_plan;
    p.code = m_code->text().trimmed();
    p.title = m_title->text().trimmed();
    p.documentNumber = m_document->text().trimmed();
    p.issuer = m_issuer->text().trimmed();
    p.baselineYear = m_baseline->value();
    p.startYear = m_start->value();
    p.endYear = m_end->value();
    p.accidentRateReductionTarget = m_target->value() / 100.0;
    p.trainingCoverageTarget = m_training->value() / 100.0;
    p.reportingThreshold = m_threshold->value();
    p.industries.clear();
    for (int i = 0; i < m_industries->count(); ++i)
        p.industries << m_industries->item(i)->text();
    e.tasks = m_obligations->obligations();
    e.categories = m_categories->edits();
    e.returns = m_returnsPage->obligations();
    return e;
}

bool PlanEditorDialog::mayLeavePlan() {
    if (!m_session.mayEditPlans() || !hasUnsavedEdits())
        return true;
    return resolveUnsavedChanges(
        m_prompter, this, tr("Unsaved changes"),
        tr("The plan %1 has changes that are not saved. Save them?").arg(m_plan.title),
        [this] { return save(); }, [] {});
}

void PlanEditorDialog::switchPlan() {
    if (m_plan.id != 0 && currentPlanId() != m_plan.id && !mayLeavePlan()) {
        const QSignalBlocker blocker(m_plans); // back to the plan with the edits
        selectPlan(m_plan.id);
        return;
    }
    loadPlan();
}

void PlanEditorDialog::reject() {
    if (mayLeavePlan())
        QDialog::reject();
}

qint64 PlanEditorDialog::currentPlanId() const {
    return m_plans->currentData().toLongLong();
}

void PlanEditorDialog::selectPlan(qint64 planId) {
    const int i = m_plans->findData(planId);
    if (i >= 0)
        m_plans->setCurrentIndex(i);
}

void PlanEditorDialog::loadPlan() {
    // The revision before the plan it guards: a save landing in between is a conflict.
    m_revision = RecordRevisions(m_session.connection()).ticket(RecordKey::plan(currentPlanId()));
    const auto plan = PlanRepository(m_session.connection()).find(currentPlanId());
    if (!plan)
        return;
    m_plan = *plan;
    m_code->setText(plan->code);
    m_title->setText(plan->title);
    m_document->setText(plan->documentNumber);
    m_issuer->setText(plan->issuer);
    m_baseline->setValue(plan->baselineYear);
    m_start->setValue(plan->startYear);
    m_end->setValue(plan->endYear);
    m_fromYear->setValue(plan->startYear);
    m_target->setValue(plan->accidentRateReductionTarget * 100.0);
    m_training->setValue(plan->trainingCoverageTarget * 100.0);
    m_threshold->setValue(plan->reportingThreshold);
    m_industries->clear();
    m_industries->addItems(plan->industries);
    m_categories->setCategories(
        PlanCategoryStore(m_session.connection()).categoriesOfPlan(plan->id));
    m_obligations->setObligations(PlanTaskRepository(m_session.connection()).forPlan(plan->id));
    m_obligationView->resizeColumnsToContents();
    updateAssigned();
    m_returnsPage->setForms(form_access::planForms(m_session.connection(), plan->id));
    m_returnsPage->setObligations(ObligationRepository(m_session.connection()).ofPlan(plan->id));
    m_formsPage->setPlan(plan->id);
    m_indicatorsPage->setPlan(plan->id);
    m_loaded = edits();
}

void PlanEditorDialog::acceptOwnPlanRevision() {
    const qint64 now =
        RecordRevisions(m_session.connection()).current(RecordKey::plan(currentPlanId())).number;
    if (now == m_revision.loaded + 1)
        m_revision.loaded = now;
}

void PlanEditorDialog::updateAssigned() {
    const UnitRepository units(m_session.connection());
    QStringList names;
    for (const QString& code : PlanStore(m_session.connection()).unitsAssigned(m_plan.id))
        if (const auto u = units.find(code))
            names << u->name;
    // Units that change to this plan at a year (兰山区 from 2026).
    for (const Unit& u : units.all()) {
        const QMap<int, qint64> periods = units.planPeriods(u.code);
        for (auto it = periods.cbegin(); it != periods.cend(); ++it)
            if (it.value() == m_plan.id)
                names << tr("%1 (from %2)").arg(u.name).arg(it.key());
    }
    m_assigned->setText(
        names.isEmpty() ? tr("No unit names this plan itself.")
                        : tr("Assigned to: %1 (and the units below them that follow their parent)")
                              .arg(names.join(QStringLiteral("、"))));
}

bool PlanEditorDialog::copyCurrent() {
    if (!m_session.mayEditPlans())
        return false; // the server would refuse it: the dialog is read-only
    const auto code =
        m_prompter.text(this, tr("Copy plan"), tr("Code of the new plan (e.g. linyi-2026)"));
    if (!code || code->trimmed().isEmpty())
        return false;
    const auto year =
        m_prompter.text(this, tr("Copy plan"), tr("First year of the new plan (e.g. 2026)"));
    bool ok = false;
    const int start = year ? year->trimmed().toInt(&ok) : 0;
    if (!ok || start < 2000 || start > 2100) {
        m_prompter.warning(this, tr("Copy plan"),
                           tr("The first year must be a year such as 2026."));
        return false;
    }
    QString error;
    const auto copy =
        PlanStore(m_session.connection()).copy(currentPlanId(), code->trimmed(), start, &error);
    if (!copy) {
        m_prompter.warning(this, tr("Copy plan"), error);
        return false;
    }
    m_changed = true;
    m_plans->addItem(copy->title, copy->id);
    selectPlan(copy->id);
    return true;
}

bool PlanEditorDialog::addIndustry(const QString& name) {
    const QString n = name.trimmed();
    if (n.isEmpty() || !m_industries->findItems(n, Qt::MatchExactly).isEmpty()) {
        m_prompter.warning(this, tr("Key industry"), tr("%1 is empty or already listed.").arg(n));
        return false;
    }
    m_industries->addItem(n);
    return true;
}

void PlanEditorDialog::removeIndustry(int row) {
    delete m_industries->takeItem(row);
}

void PlanEditorDialog::moveIndustry(int row, int delta) {
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_industries->count())
        return;
    QListWidgetItem* item = m_industries->takeItem(row);
    m_industries->insertItem(to, item);
    m_industries->setCurrentRow(to);
}

bool PlanEditorDialog::save() {
    if (!m_session.mayEditPlans())
        return false; // the server would refuse it: the dialog is read-only
    Edits e = edits();
    Plan& p = e.plan;
    const QList<PlanCategoryEdit>& categories = e.categories;
    // Checked before the plan is written so a bad list saves nothing.
    if (const QStringList problems = PlanCategoryStore::validate(categories); !problems.isEmpty()) {
        m_prompter.warning(this, tr("Save plan"), problems.join(QLatin1Char('\n')));
        return false;
    }
    const QList<Obligation>& returns = e.returns;
    if (const QStringList problems =
            ObligationRepository(m_session.connection()).validateForPlan(p.id, returns);
        !problems.isEmpty()) {
        m_prompter.warning(this, tr("Save plan"),
                           tr("Returns: %1").arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    QString error;
    const GuardedSave guarded{
        RecordKey::plan(p.id), tr("The plan %1").arg(p.title), {}, [this] { loadPlan(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), m_revision, guarded,
            [&](RevisionTicket* t, QString* why) {
                // One transaction: a refused return no longer leaves the fields and the
                // categories saved without it.
                return PlanStore(m_session.connection())
                    .saveEdited(p, e.tasks, categories, returns, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save plan"), error);
        return false;
    }
    m_changed = true;
    m_plans->setItemText(m_plans->findData(p.id), p.title); // perhaps not the one shown now
    loadPlan();                                             // ids of new obligations
    return true;
}

bool PlanEditorDialog::assignToUnit(bool followParent) {
    if (!m_session.mayEditPlans())
        return false; // the server would refuse it: the dialog is read-only
    const QString unit = m_units->currentData().toString();
    if (unit.isEmpty())
        return false;
    const auto u = UnitRepository(m_session.connection()).find(unit);
    if (followParent && u && u->parentCode.isEmpty()) {
        m_prompter.warning(this, tr("Assign plan"),
                           tr("%1 has no parent: it must name a plan itself.").arg(u->name));
        return false;
    }
    if (!followParent && !save())
        return false;
    QString error;
    if (!PlanStore(m_session.connection()).assign(unit, followParent ? 0 : m_plan.id, &error)) {
        m_prompter.warning(this, tr("Assign plan"), error);
        return false;
    }
    m_changed = true;
    updateAssigned();
    return true;
}

bool PlanEditorDialog::assignToUnitFrom(int fromYear) {
    if (!m_session.mayEditPlans())
        return false; // the server would refuse it: the dialog is read-only
    const QString unit = m_units->currentData().toString();
    if (unit.isEmpty() || !save())
        return false;
    QString error;
    if (!PlanStore(m_session.connection()).assignFrom(unit, m_plan.id, fromYear, &error)) {
        m_prompter.warning(this, tr("Assign plan"), error);
        return false;
    }
    m_changed = true;
    updateAssigned();
    return true;
}

} // namespace yufang
