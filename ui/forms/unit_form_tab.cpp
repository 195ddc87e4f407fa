#include "unit_form_tab.h"

#include "form_access.h"
#include "form_editor.h"
#include "form_history_actions.h"
#include "form_table_model.h"

#include "server/read_only_reason.h"
#include "session.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace yufang {

UnitFormTab::UnitFormTab(Session& session, Prompter& prompter, FormFileActions::Words words,
                         QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter), m_form(words.form),
      m_editor(new FormEditor(prompter, this)),
      m_files(new FormFileActions(session, prompter, m_editor, std::move(words), this,
                                  [this] { reload(); })) {
    offerFormHistory(m_editor, session, prompter, [this] { reload(); });
    m_revert = new QPushButton(tr("Revert"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setDefault(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch();
    m_buttons->addWidget(m_revert);
    m_buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_editor, 1);
    layout->addLayout(m_buttons);

    connect(m_save, &QPushButton::clicked, this, &UnitFormTab::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        model()->revertEdits();
        reload();
    });
    connect(m_editor, &FormEditor::findingsChanged, this, &UnitFormTab::updateActions);
    connect(m_editor, &FormEditor::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(&m_session, &Session::selectionChanged, this, &UnitFormTab::reload);
    connect(&m_session, &Session::databaseChanged, this, &UnitFormTab::reload);
    // Figures saved, imported or derived elsewhere (a local industry added on the 基本情况表,
    // the register's derivation), or the plan edited: reload, never over unsaved edits.
    connect(&m_session, &Session::figuresChanged, this, [this] {
        if (!isModified())
            reload();
    });
    m_session.addGuard([this] { return maybeSave(); });
}

FormTableModel* UnitFormTab::model() const {
    return m_editor->model();
}

QTableView* UnitFormTab::view() const {
    return m_editor->view();
}

QLabel* UnitFormTab::banner() const {
    return m_editor->banner();
}

bool UnitFormTab::isModified() const {
    return model()->isModified();
}

void UnitFormTab::addButton(QPushButton* button) {
    m_buttons->insertWidget(m_buttons->count() - 3, button); // before the stretch
}

QString UnitFormTab::unitLine(const Unit& unit, int year, const FormTable&) const {
    return tr("Reporting unit: %1 (%2)    Year: %3").arg(unit.name, unit.code).arg(year);
}

QString UnitFormTab::ownBanner(int year, const FormTable& table, bool editable) const {
    return editable && !table.hasFigures()
               ? tr("No figures stored for %1 yet: fill in the form and save.").arg(year)
               : QString();
}

QString UnitFormTab::consolidatedNote(const Unit&, int) const {
    return {};
}

void UnitFormTab::aboutToShow(const FormDefinition*, const Unit*, int) {}

void UnitFormTab::shown() {}

void UnitFormTab::reload() {
    const auto unit = m_session.unit();
    const int year = m_session.year();
    const QSqlDatabase db = m_session.connection();
    const auto definition = unit && m_session.plan()
                                ? form_access::definitionFor(db, m_form, unit->code, year)
                                : std::nullopt;
    aboutToShow(definition ? &*definition : nullptr, unit ? &*unit : nullptr, year);
    if (!unit || !definition) {
        m_editor->clear(tr("Choose a unit and a year on the left."));
    } else {
        const bool parent = m_session.unitHasChildren();
        // An accepted return freezes the unit's own form.
        const auto lock = parent ? std::nullopt : form_access::lockOf(db, m_form, unit->code, year);
        const bool readOnly = parent || lock || m_session.isReadOnly();
        // Taken before the form is read, so a save landing in between is a conflict, not lost.
        m_files->setRevision(
            RecordRevisions(db).ticket(form_access::recordKey(m_form, unit->code, year)));
        const FormTable table = form_access::load(db, *definition, unit->code, year, parent);
        // A parent's figures are summed from below; the office signs the total it sends up.
        m_editor->setForm(*definition, table, unitLine(*unit, year, table), readOnly,
                          !readOnly || (parent && !m_session.isReadOnly()));
        if (parent) {
            m_editor->setConsolidatedBanner(
                form_access::completeness(db, m_form, unit->code, year), year,
                consolidatedNote(*unit, year));
        } else if (m_session.isReadOnly()) {
            // A copy opened read-only says why the unit's own form cannot be edited.
            const QString own = ownBanner(year, table, false);
            m_editor->setBanner((own.isEmpty() ? QString() : own + QLatin1Char('\n')) +
                                    readOnlyReason(m_session),
                                true);
        } else if (lock) {
            m_editor->setLock(*lock);
        } else {
            m_editor->setBanner(ownBanner(year, table, true));
        }
    }
    shown();
    updateActions();
}

void UnitFormTab::updateActions() {
    const FormTableModel* m = model();
    const bool editable = m_editor->isEditable();
    const bool errors = hasErrors(m->diagnostics());
    m_revert->setEnabled(editable && m->isModified());
    m_save->setEnabled(editable && m->isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
}

bool UnitFormTab::save() {
    return m_files->save();
}

bool UnitFormTab::maybeSave() {
    return m_files->maybeSave();
}

int UnitFormTab::importFiles(const QStringList& paths, std::optional<bool> replace) {
    return m_files->importFiles(paths, replace);
}

bool UnitFormTab::exportCsv(const QString& path, QString* error) const {
    return m_files->exportCsv(path, error);
}

bool UnitFormTab::exportPdf(const QString& path, QString* error) const {
    return m_files->exportPdf(path, error);
}

} // namespace yufang
