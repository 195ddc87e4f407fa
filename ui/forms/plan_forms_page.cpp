#include "plan_forms_page.h"

#include "form_access.h"
#include "form_definition_editor.h"
#include "form_editor.h"
#include "form_table_model.h"

#include "plans/plan_returns_model.h"
#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "storage/plan_repository.h"
#include "storage/unit_repository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace yufang {

PlanFormsPage::PlanFormsPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter) {
    setObjectName(QStringLiteral("PlanFormsPage"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(splitter);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("PlanFormList"));
    ll->addWidget(new QLabel(tr("Forms of this plan"), left));
    ll->addWidget(m_list, 1);
    m_add = new QPushButton(tr("New form"), left);
    m_copy = new QPushButton(tr("Copy from a plan…"), left);
    m_copy->setObjectName(QStringLiteral("CopyFormButton"));
    m_copy->setMenu(new QMenu(m_copy));
    m_remove = new QPushButton(tr("Remove form"), left);
    for (QPushButton* b : {m_add, m_copy, m_remove})
        ll->addWidget(b);

    auto* middle = new QWidget(splitter);
    auto* ml = new QVBoxLayout(middle);
    ml->setContentsMargins(0, 0, 0, 0);
    m_builtInNote = new QLabel(
        tr("A built-in form: it keeps its own tab and editor this version; indicators can read "
           "its columns."),
        middle);
    m_builtInNote->setWordWrap(true);
    m_editor = new FormDefinitionEditor(middle);
    m_problems = new QLabel(middle);
    m_problems->setObjectName(QStringLiteral("FormDefinitionProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #C0392B"));
    m_save = new QPushButton(tr("Save form definition"), middle);
    m_save->setObjectName(QStringLiteral("SaveFormDefinitionButton"));
    ml->addWidget(m_builtInNote);
    ml->addWidget(m_editor, 1);
    ml->addWidget(m_problems);
    auto* sl = new QHBoxLayout;
    sl->addStretch();
    sl->addWidget(m_save);
    ml->addLayout(sl);

    auto* right = new QWidget(splitter);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    auto* pl = new QHBoxLayout;
    pl->addWidget(new QLabel(tr("Preview"), right));
    m_previewData = new QComboBox(right);
    m_previewData->addItem(tr("Empty form"));
    m_previewData->addItem(tr("The selected unit's figures"));
    pl->addWidget(m_previewData, 1);
    rl->addLayout(pl);
    m_preview = new FormEditor(prompter, right);
    m_preview->setObjectName(QStringLiteral("FormPreview"));
    rl->addWidget(m_preview, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    // Under the three columns: what the last copy brought reads as a sentence, not a column.
    m_copyStatus = new QLabel(this);
    m_copyStatus->setObjectName(QStringLiteral("FormCopyStatus"));
    m_copyStatus->setWordWrap(true);
    m_copyStatus->setVisible(false);
    layout->addWidget(m_copyStatus);

    connect(m_list, &QListWidget::currentRowChanged, this, &PlanFormsPage::showCurrent);
    // A login that may not change definitions (docs/server.md, "Access") reads them only.
    for (QPushButton* b : {m_add, m_copy, m_remove})
        b->setEnabled(m_session.mayEditPlans());
    connect(m_add, &QPushButton::clicked, this, &PlanFormsPage::addForm);
    connect(m_copy->menu(), &QMenu::aboutToShow, this, &PlanFormsPage::fillCopyMenu);
    connect(m_remove, &QPushButton::clicked, this, &PlanFormsPage::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &PlanFormsPage::saveCurrent);
    connect(m_editor, &FormDefinitionEditor::changed, this, &PlanFormsPage::refreshPreview);
    connect(m_previewData, &QComboBox::currentIndexChanged, this, &PlanFormsPage::refreshPreview);
}

bool PlanFormsPage::isModified() const {
    return m_list->currentRow() >= 0 && (m_unsaved || m_editor->definition() != m_loaded);
}

void PlanFormsPage::setPlan(qint64 planId) {
    m_planId = planId;
    m_copyStatus->clear();
    m_copyStatus->setVisible(false);
    loadList();
}

void PlanFormsPage::loadList(const QString& select) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_forms = form_access::planForms(m_session.connection(), m_planId);
    for (const FormDefinition& d : std::as_const(m_forms)) {
        auto* item = new QListWidgetItem(
            form_access::isBuiltIn(d.code) ? tr("%1 (built-in)").arg(d.title) : d.title, m_list);
        item->setData(Qt::UserRole, d.code);
    }
    int row = 0;
    for (int i = 0; i < m_forms.size(); ++i)
        if (m_forms.at(i).code == select)
            row = i;
    // The first form the engine runs, rather than the annex, when nothing is asked for.
    if (select.isEmpty())
        for (int i = m_forms.size() - 1; i >= 0; --i)
            if (!form_access::isBuiltIn(m_forms.at(i).code))
                row = i;
    m_list->setCurrentRow(m_forms.isEmpty() ? -1 : row);
    m_unsaved = false;
    showCurrent();
}

bool PlanFormsPage::selectForm(const QString& code) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void PlanFormsPage::showCurrent() {
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_forms.size();
    m_loaded = any ? m_forms.at(row) : FormDefinition();
    m_revision = RecordRevisions(m_session.connection())
                     .ticket(form_access::definitionKey(m_planId, m_loaded.code));
    const bool builtIn = any && form_access::isBuiltIn(m_loaded.code);
    m_builtInNote->setVisible(builtIn);
    m_editor->setEnabled(any && !builtIn && m_session.mayEditPlans());
    m_save->setEnabled(any && !builtIn && m_session.mayEditPlans());
    m_remove->setEnabled(any && !builtIn && m_session.mayEditPlans());
    m_editor->setDefinition(m_loaded);
    m_unsaved = m_unsaved && any && row == m_forms.size() - 1;
    refreshPreview();
}

void PlanFormsPage::refreshPreview() {
    const FormDefinition d = m_editor->definition();
    const Diagnostics problems =
        m_list->currentRow() < 0 ? Diagnostics() : validateFormDefinition(d);
    QStringList lines;
    for (const Diagnostic& p : problems)
        lines << QStringLiteral("%1: %2").arg(p.field, p.message);
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    if (m_list->currentRow() < 0) {
        m_preview->clear(tr("Choose or add a form."));
        return;
    }
    // A definition with broken column references cannot lay out a table: the problems above
    // say what to fix; the preview shows what it can (its title and columns).
    FormTable table;
    table.formCode = d.code;
    const auto unit = m_session.unit();
    table.unitCode = unit ? unit->code : QString();
    table.year = m_session.year();
    QString unitLine = tr("Preview: nothing typed here is saved.");
    if (unit && problems.isEmpty()) {
        if (m_previewData->currentIndex() == 1) {
            table = form_access::load(m_session.connection(), d, unit->code, m_session.year(),
                                      m_session.unitHasChildren());
            unitLine = tr("Preview with the figures of %1 for %2: nothing typed here is saved.")
                           .arg(unit->name)
                           .arg(m_session.year());
        } else {
            const FormTable empty =
                form_access::load(m_session.connection(), d, unit->code, m_session.year(), false);
            for (FormRow r : empty.rows) {
                r.cells.clear();
                table.rows << r;
            }
        }
    }
    // Titled after the plan being edited (《{plan}》…), not the one the selected unit follows.
    FormDefinition shown = d;
    if (const auto plan = PlanRepository(m_session.connection()).find(m_planId))
        shown.printTitle = d.printTitleFor(plan->title);
    m_preview->setForm(shown, table, unitLine, false, true);
}

void PlanFormsPage::addForm() {
    if (!m_session.mayEditPlans())
        return;
    FormDefinition d;
    int n = int(m_forms.size()) + 1;
    const auto taken = [this](const QString& code) {
        for (const FormDefinition& f : std::as_const(m_forms))
            if (f.code == code)
                return true;
        return false;
    };
    while (taken(QStringLiteral("form-%1").arg(n)))
        ++n;
    d.code = QStringLiteral("form-%1").arg(n);
    d.title = tr("New form");
    d.rowKind = FormRowKind::Free;
    d.rowCaption = tr("Name");
    d.localRowsAllowed = true;
    d.columns << FormColumn::count(QStringLiteral("count1"), tr("Count"), QStringLiteral("人"));
    d.footerFields = form_fields::standardFooter();
    m_forms << d;
    {
        const QSignalBlocker block(m_list);
        auto* item = new QListWidgetItem(d.title, m_list);
        item->setData(Qt::UserRole, d.code);
        m_list->setCurrentRow(m_list->count() - 1);
    }
    m_unsaved = true;
    showCurrent();
    m_unsaved = true;
    m_editor->setEnabled(m_session.mayEditPlans());
    m_save->setEnabled(m_session.mayEditPlans());
}

void PlanFormsPage::fillCopyMenu() {
    QMenu* menu = m_copy->menu();
    menu->clear();
    for (const Plan& p : PlanRepository(m_session.connection()).all())
        for (const FormDefinition& d : form_access::planForms(m_session.connection(), p.id)) {
            if (form_access::isBuiltIn(d.code))
                continue;
            QAction* a = menu->addAction(QStringLiteral("%1 — %2").arg(p.title, d.title));
            connect(a, &QAction::triggered, this,
                    [this, id = p.id, code = d.code] { copyForm(id, code); });
        }
    if (menu->isEmpty())
        menu->addAction(tr("No plan has a form of its own yet"))->setEnabled(false);
}

bool PlanFormsPage::copyForm(qint64 fromPlan, const QString& code) {
    if (!m_session.mayEditPlans())
        return false;
    QString error;
    const auto copied =
        form_access::copyDefinition(m_session.connection(), fromPlan, code, m_planId, &error);
    if (!copied) {
        m_prompter.warning(this, tr("Copy form"), error);
        return false;
    }
    m_changed = true;
    loadList(copied->code);
    // The clerk learns what came along: returns the plan now owes, or that none did.
    const auto source = PlanRepository(m_session.connection()).find(fromPlan);
    const QString from = source ? source->title : QString();
    QStringList returns;
    for (const Obligation& o : copied->returns)
        returns << tr("%1 (%2, due %3)")
                       .arg(o.title, PlanReturnsModel::recurrenceText(o.recurrence),
                            PlanReturnsModel::dueText(o));
    m_copyStatus->setText(
        returns.isEmpty()
            ? tr("%1 copied from %2. No return obligation came with it: choose the form for a "
                 "return on the page Returns to make its import count as one.")
                  .arg(m_loaded.title, from)
            : tr("%1 copied from %2 with its returns: %3. They are on the page Returns.")
                  .arg(m_loaded.title, from, returns.join(tr(", "))));
    m_copyStatus->setVisible(true);
    Q_EMIT formsChanged();
    if (!copied->returns.isEmpty())
        Q_EMIT returnsCopied(copied->returns);
    return true;
}

bool PlanFormsPage::removeCurrent() {
    if (!m_session.mayEditPlans())
        return false;
    const int row = m_list->currentRow();
    if (row < 0 || form_access::isBuiltIn(m_loaded.code))
        return false;
    if (m_unsaved) {
        m_forms.removeAt(row);
        m_unsaved = false;
        loadList();
        return true;
    }
    // The returns that are this form's import go with it: the clerk is told which.
    QStringList returns;
    for (const Obligation& o :
         form_access::returnsOfForm(m_session.connection(), m_planId, m_loaded.code))
        returns << o.title;
    QString question =
        tr("Remove %1 from this plan? Units that follow the plan will no longer see it.")
            .arg(m_loaded.title);
    if (!returns.isEmpty())
        question +=
            QLatin1Char('\n') + tr("Its returns on the page Returns are removed with it: %1.")
                                    .arg(returns.join(tr(", ")));
    const auto answer = m_prompter.question(this, tr("Remove form"), question,
                                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    QList<Obligation> removed;
    if (!form_access::removeDefinition(m_session.connection(), m_planId, m_loaded.code, &error,
                                       &removed)) {
        m_prompter.warning(this, tr("Remove form"), error);
        return false;
    }
    m_changed = true;
    loadList();
    Q_EMIT formsChanged();
    if (!removed.isEmpty())
        Q_EMIT returnsRemoved(removed);
    return true;
}

bool PlanFormsPage::saveCurrent() {
    if (!m_session.mayEditPlans())
        return false;
    if (m_list->currentRow() < 0)
        return false;
    const FormDefinition d = m_editor->definition();
    if (d.code != m_loaded.code && !m_unsaved) {
        m_prompter.warning(this, tr("Save form definition"),
                           tr("code: the code of a stored form cannot change (files and "
                              "figures are filed under it); copy the form instead."));
        return false;
    }
    const GuardedSave guarded{form_access::definitionKey(m_planId, d.code),
                              tr("The form definition %1").arg(d.title),
                              {},
                              [this] { loadList(m_loaded.code); }};
    QString error;
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), m_revision, guarded,
            [&](RevisionTicket* t, QString* why) {
                return form_access::saveDefinition(m_session.connection(), m_planId, d, t, why);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save form definition"),
                               tr("The form definition was not saved:\n%1").arg(error));
        return false;
    }
    m_changed = true;
    m_unsaved = false;
    loadList(d.code);
    Q_EMIT formsChanged();
    return true;
}

} // namespace yufang
