#include "annex_editor.h"

#include "annex_table_model.h"
#include "count_delegate.h"
#include "keyboard/editable_cell_view.h"
#include "prompter.h"
#include "save_conflict.h"
#include "server/read_only_reason.h"
#include "session.h"

#include "forms/form_versions_dialog.h"

#include "domain/annex_form_table.h"
#include "domain/annex_form_text.h"
#include "domain/form_diff.h"
#include "services/returns_service.h"
#include "services/roll_up.h"
#include "storage/annex_repository.h"
#include "storage/consolidated_meta_repository.h"
#include "storage/database.h"
#include "storage/form_locks.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
const QDate kNoDate(2000, 1, 1); // QDateEdit cannot be empty: its minimum stands for "not set"
const QString kInfoStyle =
    QStringLiteral("QLabel { background: #EEF4FB; border: 1px solid #C5D7EE; padding: 4px; }");
const QString kWarningStyle = QStringLiteral(
    "QLabel { background: #FFF4E0; border: 1px solid #E8B96A; padding: 4px; font-weight: bold; }");
} // namespace

AnnexEditor::AnnexEditor(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new AnnexTableModel(this)) {
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_unitLine = new QLabel(this);
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #EEF4FB; border: 1px solid #C5D7EE;"
                       " padding: 4px; }"));

    m_view = new EditableCellView(this); // Tab skips the computed rates
    m_view->setModel(m_model);
    m_view->setItemDelegate(new CountDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->verticalHeader()->setVisible(false);

    m_preparer = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_filledOn = new QDateEdit(this);
    m_filledOn->setCalendarPopup(true);
    m_filledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_filledOn->setMinimumDate(kNoDate);
    m_filledOn->setSpecialValueText(tr("not set"));
    // "Not set" is stored as the minimum date, so the popup opened at January 2000: an unset
    // date opens the calendar at today's month instead, where a filing date falls.
    m_filledOn->calendarWidget()->installEventFilter(this);
    auto* meta = new QHBoxLayout;
    auto* metaForm = new QFormLayout;
    metaForm->addRow(tr("Prepared by"), m_preparer);
    auto* metaForm2 = new QFormLayout;
    metaForm2->addRow(tr("Telephone"), m_phone);
    auto* metaForm3 = new QFormLayout;
    metaForm3->addRow(tr("Date filled in"), m_filledOn);
    meta->addLayout(metaForm);
    meta->addLayout(metaForm2);
    meta->addLayout(metaForm3);

    m_findings = new QListWidget(this);
    m_findings->setMaximumHeight(110);

    m_addIndustry = new QPushButton(tr("Add local industry…"), this);
    m_removeIndustry = new QPushButton(tr("Remove local industry"), this);
    m_revert = new QPushButton(tr("Revert"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setDefault(true);
    m_unlock = new QPushButton(tr("Unlock…"), this);
    m_unlock->setToolTip(
        tr("The return was accepted; unlocking needs a reason, which is recorded."));
    m_versions = new QPushButton(tr("Versions…"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addIndustry);
    buttons->addWidget(m_removeIndustry);
    buttons->addWidget(m_versions);
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_unitLine);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addLayout(meta);
    layout->addWidget(m_findings);
    layout->addLayout(buttons);

    connect(m_addIndustry, &QPushButton::clicked, this, &AnnexEditor::addLocalIndustry);
    connect(m_removeIndustry, &QPushButton::clicked, this, &AnnexEditor::removeLocalIndustry);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        m_model->revertEdits();
        reload();
    });
    connect(m_save, &QPushButton::clicked, this, &AnnexEditor::save);
    connect(m_unlock, &QPushButton::clicked, this, &AnnexEditor::unlock);
    connect(m_versions, &QPushButton::clicked, this, &AnnexEditor::showVersions);
    connect(m_model, &AnnexTableModel::diagnosticsChanged, this, &AnnexEditor::updateFindings);
    connect(m_model, &AnnexTableModel::modifiedChanged, this, [this](bool modified) {
        updateActions();
        Q_EMIT modifiedChanged(modified);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AnnexEditor::updateActions);
    connect(m_findings, &QListWidget::currentRowChanged, this, &AnnexEditor::showFinding);
    connect(m_preparer, &QLineEdit::textEdited, this, &AnnexEditor::metaEdited);
    connect(m_phone, &QLineEdit::textEdited, this, &AnnexEditor::metaEdited);
    connect(m_filledOn, &QDateEdit::dateChanged, this, &AnnexEditor::metaEdited);

    connect(&m_session, &Session::selectionChanged, this, &AnnexEditor::reload);
    connect(&m_session, &Session::databaseChanged, this, &AnnexEditor::reload);
    connect(&m_session, &Session::annexChanged, this, [this] {
        if (!isModified())
            reload();
    });
    m_session.addGuard([this] { return maybeSave(); });
    reload();
}

// Counts are typed into empty cells, so sizing to the contents left "126,…" while typing and
// "133,…" on the total: every count column fits eight digits with separators and every rate
// column "100.00%", whatever is shown; 备注 gets what is left, not 40 % of the width.
void AnnexEditor::fitColumns() {
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const int count = metrics.horizontalAdvance(QLocale().toString(99999999)) + padding;
    const int rate = metrics.horizontalAdvance(QStringLiteral("1,000.00‰")) + padding;
    m_view->resizeColumnsToContents();
    for (int c = AnnexTableModel::EnterprisesColumn; c < AnnexTableModel::RemarkColumn; ++c) {
        const bool isRate =
            c == AnnexTableModel::CoverageRateColumn || c == AnnexTableModel::AccidentRateColumn;
        m_view->setColumnWidth(c, qMax(m_view->columnWidth(c), isRate ? rate : count));
    }
    m_view->setColumnWidth(AnnexTableModel::IndustryColumn,
                           qMax(m_view->columnWidth(AnnexTableModel::IndustryColumn), 120));
}

bool AnnexEditor::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show && watched == m_filledOn->calendarWidget() &&
        m_filledOn->date() == kNoDate) {
        const QDate today = QDate::currentDate();
        m_filledOn->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

bool AnnexEditor::isModified() const {
    return m_model->isModified();
}

void AnnexEditor::reload() {
    m_loading = true;
    const auto unit = m_session.unit();
    const auto plan = m_session.plan();
    const int year = m_session.year();
    if (!unit || !plan) {
        m_model->setTable({}, RateDenominator::InsuredPersons, true);
        m_title->setText(tr("Choose a unit and a year on the left."));
        m_unitLine->clear();
        m_banner->hide();
    } else {
        const AnnexRepository annexes(m_session.connection());
        const bool parent = m_session.unitHasChildren();
        // Taken before the form is read, so a save landing in between is a conflict, not lost.
        m_revision =
            RecordRevisions(m_session.connection()).ticket(RecordKey::annex(unit->code, year));
        const AnnexTable table =
            parent ? annexes.consolidated(unit->code, year) : annexes.load(unit->code, year);
        const auto lock = parent ? std::nullopt
                                 : FormLocks(m_session.connection())
                                       .lockOf(QStringLiteral("annex"), unit->code, year);
        m_locked = lock.has_value();
        m_model->setTable(table, plan->rateDenominator,
                          parent || m_locked || m_session.isReadOnly());
        m_title->setText(annexFormTitle(*plan));
        m_unitLine->setText(tr("Reporting unit: %1 (%2)    Year: %3    Plan: %4")
                                .arg(unit->name, unit->code)
                                .arg(year)
                                .arg(plan->documentNumber));
        m_banner->setStyleSheet(kInfoStyle);
        if (parent) {
            // "N of M": M is the units at the bottom of the subtree, the ones expected to report.
            const Completeness c = rollUpCompleteness(m_session.connection(), unit->code, year);
            QString text =
                tr("Consolidated: the unit's own rows plus all units below it; %1 for %2. "
                   "The figures are read-only (select a unit without sub-units to edit them); "
                   "填报人, 联系电话 and 填报日期 below are this office's own.")
                    .arg(c.text())
                    .arg(year);
            if (c.isPartial()) {
                text = tr("PARTIAL TOTAL. ") + text + QLatin1Char('\n') +
                       tr("Not reported: %1").arg(c.missing.join(QStringLiteral("、")));
                m_banner->setStyleSheet(kWarningStyle);
            }
            m_banner->setText(text);
            m_banner->show();
        } else if (lock) {
            m_banner->setText(
                tr("Locked: the return of this form was accepted (已审核) on %1 by %2. "
                   "Choose Unlock… and give a reason to change it.")
                    .arg(lock->lockedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         lock->lockedBy));
            m_banner->setStyleSheet(kWarningStyle);
            m_banner->show();
        } else if (m_session.isReadOnly()) {
            m_banner->setText(readOnlyReason(m_session));
            m_banner->setStyleSheet(kWarningStyle);
            m_banner->show();
        } else if (!annexes.hasData(unit->code, year)) {
            m_banner->setText(
                tr("No figures stored for %1 yet: fill in the form and save.").arg(year));
            m_banner->show();
        } else {
            m_banner->hide();
        }
        m_preparer->setText(table.meta.preparer);
        m_phone->setText(table.meta.phone);
        m_filledOn->setDate(table.meta.filledOn.isValid() ? table.meta.filledOn : kNoDate);
        fitColumns();
    }
    const bool metaEditable = canEditMeta();
    m_preparer->setReadOnly(!metaEditable);
    m_phone->setReadOnly(!metaEditable);
    m_filledOn->setReadOnly(!metaEditable);
    m_loading = false;
    updateFindings();
    updateActions();
}

bool AnnexEditor::canEditMeta() const {
    // A parent's counts are summed from below, but the office signs its total itself.
    return m_session.unit().has_value() && (!m_model->isReadOnly() || isConsolidated());
}

bool AnnexEditor::isConsolidated() const {
    return m_session.unit().has_value() && m_session.unitHasChildren();
}

void AnnexEditor::metaEdited() {
    if (m_loading)
        return;
    AnnexMeta meta;
    meta.preparer = m_preparer->text().trimmed();
    meta.phone = m_phone->text().trimmed();
    meta.filledOn = m_filledOn->date() == kNoDate ? QDate() : m_filledOn->date();
    m_model->setMeta(meta);
    updateActions();
}

void AnnexEditor::updateFindings() {
    m_findings->clear();
    for (const Diagnostic& d : m_model->diagnostics()) {
        auto* item = new QListWidgetItem(m_findings);
        const bool error = d.severity == Severity::Error;
        item->setText((error ? tr("Error: ") : tr("Warning: ")) + d.message);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, d.row);
        item->setData(Qt::UserRole + 1, AnnexTableModel::columnOf(d.field));
    }
    m_findings->setVisible(m_findings->count() > 0);
    updateActions();
}

void AnnexEditor::showFinding(int listRow) {
    if (listRow < 0)
        return;
    const QListWidgetItem* item = m_findings->item(listRow);
    m_view->setCurrentIndex(
        m_model->index(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt()));
}

void AnnexEditor::updateActions() {
    const bool editable = !m_model->isReadOnly();
    const bool errors = hasErrors(m_model->diagnostics());
    m_addIndustry->setEnabled(editable);
    const QModelIndex current = m_view->currentIndex();
    m_removeIndustry->setEnabled(editable && current.isValid() &&
                                 current.data(AnnexTableModel::LocalIndustryRole).toBool() &&
                                 !m_model->isTotalRow(current.row()));
    m_revert->setEnabled(canEditMeta() && m_model->isModified());
    m_unlock->setVisible(m_locked);
    m_versions->setEnabled(m_session.unit().has_value() && !m_session.unitHasChildren());
    m_save->setEnabled(canEditMeta() && m_model->isModified() && !errors);
    m_save->setToolTip(errors ? tr("Correct the errors marked in red before saving.") : QString());
}

bool AnnexEditor::save() {
    if (!m_model->isModified())
        return true;
    AnnexTable table = m_model->table();
    if (!saveGuardedForm(table))
        return false;
    m_model->markSaved();
    m_session.notifyAnnexChanged(table.unitCode, table.year);
    reload();
    return true;
}

// Guarded by the revision this editor loaded (no lost update). A parent's consolidated form
// saves only its own 填报人, 联系电话 and 填报日期 (its figures are its children's), under the same
// record key, so two windows on 临沂市 2025 cannot blank each other's preparer either.
bool AnnexEditor::saveGuardedForm(const AnnexTable& table) {
    const bool consolidated = isConsolidated();
    const auto unit = m_session.unit();
    const GuardedSave guarded{
        RecordKey::annex(table.unitCode, table.year),
        tr("The form of %1 for %2").arg(unit ? unit->name : table.unitCode).arg(table.year),
        [this, consolidated] { return consolidated ? QString() : conflictDifferences(); },
        [this] {
            m_model->revertEdits();
            reload();
        }};
    return saveEdits(m_prompter, this, m_session.connection(), m_revision, guarded,
                     m_model->diagnostics(), [&](RevisionTicket* ticket, QString* why) {
                         if (consolidated)
                             return ConsolidatedMetaRepository(m_session.connection())
                                 .save(table.unitCode, table.year, table.meta,
                                       QStringLiteral("manual"), why, ticket);
                         return AnnexRepository(m_session.connection())
                             .save(table, QStringLiteral("manual"), why, {}, ticket);
                     });
}

QString AnnexEditor::conflictDifferences() const {
    const AnnexTable& loaded = m_model->savedTable();
    const AnnexTable now =
        AnnexRepository(m_session.connection()).load(loaded.unitCode, loaded.year);
    auto describe = [](const QList<FormChange>& changes) {
        QStringList lines;
        for (const FormChange& c : changes) {
            if (lines.size() == 12) {
                lines << tr("… and %1 more").arg(changes.size() - 12);
                break;
            }
            lines << tr("  %1 %2: \"%3\" → \"%4\"")
                         .arg(c.row, formFieldCaption(annexStackDefinition(), c.field), c.oldValue,
                              c.newValue);
        }
        return lines.join(QLatin1Char('\n'));
    };
    const auto diff = [](const AnnexTable& a, const AnnexTable& b) {
        return diffForms(annexStackDefinition(), annexAsFormTable(a), annexAsFormTable(b));
    };
    const QList<FormChange> theirs = diff(loaded, now);
    const QList<FormChange> mine = diff(loaded, m_model->table());
    QString text;
    if (!theirs.isEmpty())
        text += tr("Their changes:") + QLatin1Char('\n') + describe(theirs);
    if (!mine.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Your changes:") +
                QLatin1Char('\n') + describe(mine);
    return text;
}

bool AnnexEditor::maybeSave() {
    if (!m_model->isModified())
        return true;
    return resolveUnsavedChanges(
        m_prompter, this, tr("Unsaved changes"),
        tr("The form for %1, %2 has unsaved changes. Save them?")
            .arg(m_session.unit() ? m_session.unit()->name : m_model->table().unitCode)
            .arg(m_model->table().year),
        [this] { return save(); }, [this] { m_model->revertEdits(); });
}

void AnnexEditor::unlock() {
    const auto unit = m_session.unit();
    if (!unit || !m_locked)
        return;
    const auto reason =
        m_prompter.text(this, tr("Unlock form"),
                        tr("Why must the accepted form of %1 for %2 be changed? The reason is "
                           "recorded in the audit trail.")
                            .arg(unit->name)
                            .arg(m_session.year()));
    if (!reason)
        return;
    QString error;
    if (!ReturnsService(m_session.connection())
             .unlockForm(QStringLiteral("annex"), unit->code, m_session.year(), *reason, &error)) {
        m_prompter.warning(this, tr("Unlock form"), error);
        return;
    }
    m_session.notifyAnnexChanged(unit->code, m_session.year());
    reload();
}

void AnnexEditor::showVersions() {
    const auto unit = m_session.unit();
    if (!unit)
        return;
    FormVersionsDialog dialog(m_session.connection(), QStringLiteral("annex"), unit->code,
                              m_session.year(), this);
    dialog.exec();
}

void AnnexEditor::addLocalIndustry() {
    const auto name =
        m_prompter.text(this, tr("Add local key industry"),
                        tr("Name of the key industry your unit adds (各县区确定的重点行业):"));
    if (!name)
        return;
    QString error;
    if (!m_model->addLocalIndustry(*name, &error)) {
        m_prompter.warning(this, tr("Add local key industry"), error);
        return;
    }
    m_view->setCurrentIndex(
        m_model->index(m_model->rowCount() - 2, AnnexTableModel::EnterprisesColumn));
}

void AnnexEditor::removeLocalIndustry() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString name = m_model->table().rows.value(current.row()).industry;
    const auto answer =
        m_prompter.question(this, tr("Remove local key industry"),
                            tr("Remove %1 and its figures from this year's form?").arg(name),
                            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_model->removeLocalIndustry(current.row());
}

} // namespace yufang
