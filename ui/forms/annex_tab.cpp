#include "annex_tab.h"

#include "form_access.h"
#include "form_editor.h"
#include "form_file_actions.h"
#include "form_history_actions.h"
#include "form_table_model.h"

#include "server/read_only_reason.h"
#include "session.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace yufang {

namespace {
const QString kForm = QStringLiteral("annex");
} // namespace

AnnexTab::AnnexTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_editor(new FormEditor(prompter, this)),
      m_files(new FormFileActions(
          session, prompter, m_editor,
          {kForm, QStringLiteral("重点行业企业基本情况表"), tr("The form of %1 for %2"),
           tr("The form for %1, %2 has unsaved changes. Save them?"), tr("Import forms"),
           tr("%1 %2 already holds a form. Replace it with %3?"), tr("Export form")},
          this, [this] { reload(); })) {
    offerFormHistory(m_editor, session, prompter, [this] { reload(); });
    m_revert = new QPushButton(tr("Revert"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &AnnexTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        model()->revertEdits();
        reload();
    });
    connect(m_editor, &FormEditor::findingsChanged, this, &AnnexTab::updateActions);
    connect(m_editor, &FormEditor::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(&m_session, &Session::selectionChanged, this, &AnnexTab::reload);
    connect(&m_session, &Session::databaseChanged, this, &AnnexTab::reload);
    // Figures imported or derived elsewhere: reload, but never over the user's unsaved edits.
    connect(&m_session, &Session::figuresChanged, this, [this] {
        if (!isModified())
            reload();
    });
    m_session.addGuard([this] { return maybeSave(); });
    reload();
}

FormTableModel* AnnexTab::model() const {
    return m_editor->model();
}

QTableView* AnnexTab::view() const {
    return m_editor->view();
}

bool AnnexTab::isModified() const {
    return model()->isModified();
}

void AnnexTab::reload() {
    const auto unit = m_session.unit();
    const int year = m_session.year();
    const QSqlDatabase db = m_session.connection();
    const auto definition = unit && m_session.plan()
                                ? form_access::definitionFor(db, kForm, unit->code, year)
                                : std::nullopt;
    if (!unit || !definition) {
        m_editor->clear(tr("Choose a unit and a year on the left."));
        updateActions();
        return;
    }
    const bool parent = m_session.unitHasChildren();
    // An accepted return freezes the unit's own form.
    const auto lock = parent ? std::nullopt : form_access::lockOf(db, kForm, unit->code, year);
    const bool readOnly = parent || lock || m_session.isReadOnly();
    // Taken before the form is read, so a save landing in between is a conflict, not lost.
    m_files->setRevision(
        RecordRevisions(db).ticket(form_access::recordKey(kForm, unit->code, year)));
    const FormTable table = form_access::load(db, *definition, unit->code, year, parent);
    const auto plan = form_access::planFor(db, unit->code, year);
    m_editor->setForm(*definition, table,
                      tr("Reporting unit: %1 (%2)    Year: %3    Plan: %4")
                          .arg(unit->name, unit->code)
                          .arg(year)
                          .arg(plan ? plan->documentNumber : QString()),
                      readOnly, !readOnly || (parent && !m_session.isReadOnly()));
    if (parent) {
        m_editor->setConsolidatedBanner(form_access::completeness(db, kForm, unit->code, year),
                                        year);
    } else if (m_session.isReadOnly()) {
        // A copy opened read-only says why the unit's own form cannot be edited.
        m_editor->setBanner(readOnlyReason(m_session), true);
    } else if (lock) {
        m_editor->setLock(*lock);
    } else if (!form_access::hasData(db, kForm, unit->code, year)) {
        m_editor->setBanner(
            tr("No figures stored for %1 yet: fill in the form and save.").arg(year));
    } else {
        m_editor->setBanner(QString());
    }
    updateActions();
}

void AnnexTab::updateActions() {
    const FormTableModel* m = model();
    const bool editable = m_editor->isEditable();
    const bool errors = hasErrors(m->diagnostics());
    m_revert->setEnabled(editable && m->isModified());
    m_save->setEnabled(editable && m->isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
}

bool AnnexTab::save() {
    return m_files->save();
}

bool AnnexTab::maybeSave() {
    return m_files->maybeSave();
}

} // namespace yufang
