#include "plan_indicators_page.h"

#include "form_access.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "domain/indicator_evaluation.h"
#include "domain/status_glossary.h"
#include "services/indicator_service.h"
#include "storage/indicator_repository.h"
#include "storage/plan_repository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yufang {

namespace {
QStringList keyList(const QLineEdit* e) {
    QStringList out;
    for (const QString& k :
         e->text().split(QRegularExpression(QStringLiteral("[,，、\\s]+")), Qt::SkipEmptyParts))
        out << k.trimmed();
    return out;
}

void selectData(QComboBox* box, const QString& key) {
    box->setCurrentIndex(qMax(0, box->findData(key)));
}
} // namespace

PlanIndicatorsPage::PlanIndicatorsPage(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter) {
    setObjectName(QStringLiteral("PlanIndicatorsPage"));
    auto* splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(splitter);
    auto* ll = new QVBoxLayout(left);
    ll->setContentsMargins(0, 0, 0, 0);
    ll->addWidget(new QLabel(tr("Indicators of this plan"), left));
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("PlanIndicatorList"));
    ll->addWidget(m_list, 1);
    auto* add = new QPushButton(tr("New indicator"), left);
    auto* copy = new QPushButton(tr("Copy indicator…"), left);
    auto* remove = new QPushButton(tr("Remove indicator"), left);
    for (QPushButton* b : {add, copy, remove})
        ll->addWidget(b);

    auto* middle = new QWidget(splitter);
    auto* form = new QFormLayout(middle);
    m_code = new QLineEdit(middle);
    m_name = new QLineEdit(middle);
    m_form = new QComboBox(middle);
    m_kind = new QComboBox(middle);
    m_kind->addItem(tr("Ratio of sums (numerator ÷ denominator × scale)"),
                    indicatorKindKey(IndicatorKind::RatioOfSums));
    m_kind->addItem(tr("Count (sum of the numerator)"), indicatorKindKey(IndicatorKind::Count));
    m_numerator = new QLineEdit(middle);
    m_denominator = new QLineEdit(middle);
    m_followsPlan =
        new QCheckBox(tr("Denominator follows the plan (insured persons or employees)"), middle);
    m_scale = new QSpinBox(middle);
    m_scale->setRange(0, 1000000);
    m_unit = new QLineEdit(middle);
    m_decimals = new QSpinBox(middle);
    m_decimals->setRange(0, 6);
    m_direction = new QComboBox(middle);
    m_direction->addItem(tr("Down is better"), indicatorDirectionKey(IndicatorDirection::Down));
    m_direction->addItem(tr("Up is better"), indicatorDirectionKey(IndicatorDirection::Up));
    m_baseline = new QSpinBox(middle);
    m_baseline->setRange(0, 2100);
    m_baseline->setSpecialValueText(tr("the plan's"));
    m_targetKind = new QComboBox(middle);
    m_targetKind->addItem(tr("None (clearly down, no number)"),
                          indicatorTargetKindKey(IndicatorTargetKind::None));
    m_targetKind->addItem(tr("Relative change (−0.10 = down 10 %)"),
                          indicatorTargetKindKey(IndicatorTargetKind::Relative));
    m_targetKind->addItem(tr("Level to reach (1.00 = 100 %)"),
                          indicatorTargetKindKey(IndicatorTargetKind::Level));
    m_target = new QDoubleSpinBox(middle);
    m_target->setRange(-1000000.0, 1000000.0);
    m_target->setDecimals(4);
    m_target->setSingleStep(0.01);
    m_glide = new QComboBox(middle);
    m_glide->addItem(tr("Linear from the baseline to the plan's last year"),
                     indicatorGlidePathKey(IndicatorGlidePath::Linear));
    m_glide->addItem(tr("Linear from the first year with data to the plan's last year (levels)"),
                     indicatorGlidePathKey(IndicatorGlidePath::FromFirstData));
    m_glide->addItem(tr("None (only the end target)"),
                     indicatorGlidePathKey(IndicatorGlidePath::None));
    m_rowsToo = new QCheckBox(tr("Per row as well as the total"), middle);
    m_rowFilter = new QLineEdit(middle);
    m_rowFilter->setPlaceholderText(tr("empty: every row of the form; else rows separated by 、"));
    m_assessed = new QCheckBox(tr("Gets a status"), middle);
    m_columnsHint = new QLabel(middle);
    m_columnsHint->setWordWrap(true);
    m_problem = new QLabel(middle);
    m_problem->setObjectName(QStringLiteral("IndicatorProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #C0392B"));
    m_save = new QPushButton(tr("Save indicator"), middle);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Form"), m_form);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Numerator columns"), m_numerator);
    form->addRow(tr("Denominator columns"), m_denominator);
    form->addRow(QString(), m_followsPlan);
    form->addRow(QString(), m_columnsHint);
    form->addRow(tr("Scale"), m_scale);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Decimals"), m_decimals);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Baseline year"), m_baseline);
    form->addRow(tr("Target"), m_targetKind);
    form->addRow(tr("Target value"), m_target);
    form->addRow(tr("Glide path"), m_glide);
    form->addRow(QString(), m_rowsToo);
    form->addRow(tr("Only rows"), m_rowFilter);
    form->addRow(QString(), m_assessed);
    form->addRow(m_problem);
    form->addRow(QString(), m_save);

    auto* right = new QWidget(splitter);
    auto* rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(new QLabel(tr("Preview on the selected unit's current figures"), right));
    m_preview = new QTableWidget(0, 8, right);
    m_preview->setObjectName(QStringLiteral("IndicatorPreview"));
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Baseline"), tr("Value"), tr("Change %"),
                                          tr("Target"), tr("Expected"), tr("Status"),
                                          tr("Expected / reported")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    rl->addWidget(m_preview, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &PlanIndicatorsPage::showCurrent);
    // A login that may not change definitions (docs/server.md, "Access") reads them only.
    for (QPushButton* b : {add, copy, remove})
        b->setEnabled(m_session.mayEditPlans());
    connect(add, &QPushButton::clicked, this, &PlanIndicatorsPage::addIndicator);
    connect(copy, &QPushButton::clicked, this, &PlanIndicatorsPage::copyCurrent);
    connect(remove, &QPushButton::clicked, this, &PlanIndicatorsPage::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &PlanIndicatorsPage::saveCurrent);
    for (QLineEdit* e : {m_code, m_name, m_numerator, m_denominator, m_unit, m_rowFilter})
        connect(e, &QLineEdit::textChanged, this, &PlanIndicatorsPage::refreshPreview);
    for (QComboBox* b : {m_form, m_kind, m_direction, m_targetKind, m_glide})
        connect(b, &QComboBox::currentIndexChanged, this, &PlanIndicatorsPage::refreshPreview);
    for (QSpinBox* b : {m_scale, m_decimals, m_baseline})
        connect(b, &QSpinBox::valueChanged, this, &PlanIndicatorsPage::refreshPreview);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &PlanIndicatorsPage::refreshPreview);
    for (QCheckBox* b : {m_followsPlan, m_rowsToo, m_assessed})
        connect(b, &QCheckBox::toggled, this, &PlanIndicatorsPage::refreshPreview);
}

void PlanIndicatorsPage::setPlan(qint64 planId) {
    m_planId = planId;
    fillForms();
    loadList();
}

void PlanIndicatorsPage::fillForms() {
    const QSignalBlocker block(m_form);
    m_form->clear();
    for (const FormDefinition& d : form_access::planForms(m_session.connection(), m_planId))
        m_form->addItem(QStringLiteral("%1 (%2)").arg(d.title, d.code), d.code);
}

void PlanIndicatorsPage::loadList(const QString& select) {
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_indicators = IndicatorRepository(m_session.connection()).forPlan(m_planId);
    int row = 0;
    for (int i = 0; i < m_indicators.size(); ++i) {
        auto* item = new QListWidgetItem(m_indicators.at(i).name, m_list);
        item->setData(Qt::UserRole, m_indicators.at(i).code);
        if (m_indicators.at(i).code == select)
            row = i;
    }
    m_list->setCurrentRow(m_indicators.isEmpty() ? -1 : row);
    m_unsaved = false;
    showCurrent();
}

bool PlanIndicatorsPage::selectIndicator(const QString& code) {
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == code) {
            m_list->setCurrentRow(i);
            return true;
        }
    return false;
}

void PlanIndicatorsPage::showCurrent() {
    const int row = m_list->currentRow();
    const IndicatorDefinition d =
        row >= 0 && row < m_indicators.size() ? m_indicators.at(row) : IndicatorDefinition();
    // Only the last row can be the one added on screen and not stored yet.
    m_unsaved = m_unsaved && row == m_indicators.size() - 1;
    m_revision = RecordRevisions(m_session.connection())
                     .ticket(IndicatorRepository::recordKey(m_planId, d.code));
    setDefinition(d);
}

void PlanIndicatorsPage::setDefinition(const IndicatorDefinition& d) {
    m_loading = true;
    m_code->setText(d.code);
    m_name->setText(d.name);
    if (m_form->findData(d.formCode) < 0 && !d.formCode.isEmpty())
        m_form->addItem(d.formCode, d.formCode); // names a form the plan lacks: shown, refused
    selectData(m_form, d.formCode);
    selectData(m_kind, indicatorKindKey(d.kind));
    m_numerator->setText(d.numeratorKeys.join(QStringLiteral(", ")));
    m_denominator->setText(d.denominatorKeys.join(QStringLiteral(", ")));
    m_followsPlan->setChecked(d.denominatorFollowsPlan);
    m_scale->setValue(d.scale);
    m_unit->setText(d.unit);
    m_decimals->setValue(d.decimals);
    selectData(m_direction, indicatorDirectionKey(d.direction));
    m_baseline->setValue(d.baselineYear);
    selectData(m_targetKind, indicatorTargetKindKey(d.targetKind));
    m_target->setValue(d.target);
    selectData(m_glide, indicatorGlidePathKey(d.glidePath));
    m_rowsToo->setChecked(d.rowsToo);
    m_rowFilter->setText(d.rowFilter.join(QStringLiteral("、")));
    m_assessed->setChecked(d.assessed);
    m_loading = false;
    refreshPreview();
}

IndicatorDefinition PlanIndicatorsPage::definition() const {
    IndicatorDefinition d;
    d.code = m_code->text().trimmed();
    d.name = m_name->text().trimmed();
    d.formCode = m_form->currentData().toString();
    d.kind =
        indicatorKindFromKey(m_kind->currentData().toString()).value_or(IndicatorKind::RatioOfSums);
    d.numeratorKeys = keyList(m_numerator);
    d.denominatorKeys = keyList(m_denominator);
    d.denominatorFollowsPlan = m_followsPlan->isChecked();
    d.scale = m_scale->value();
    d.unit = m_unit->text().trimmed();
    d.decimals = m_decimals->value();
    d.direction = indicatorDirectionFromKey(m_direction->currentData().toString())
                      .value_or(IndicatorDirection::Down);
    d.baselineYear = m_baseline->value();
    d.targetKind = indicatorTargetKindFromKey(m_targetKind->currentData().toString())
                       .value_or(IndicatorTargetKind::None);
    d.target = m_target->value();
    d.glidePath = indicatorGlidePathFromKey(m_glide->currentData().toString())
                      .value_or(IndicatorGlidePath::None);
    d.rowsToo = m_rowsToo->isChecked();
    for (const QString& r : m_rowFilter->text().split(QStringLiteral("、"), Qt::SkipEmptyParts))
        d.rowFilter << r.trimmed();
    d.assessed = m_assessed->isChecked();
    return d;
}

void PlanIndicatorsPage::refreshPreview() {
    if (m_loading)
        return;
    const IndicatorDefinition d = definition();
    // The columns the chosen form offers, so the keys need not be remembered.
    QStringList columns;
    for (const FormDefinition& f : form_access::planForms(m_session.connection(), m_planId))
        if (f.code == d.formCode)
            for (const FormColumn& c : f.numberColumns())
                columns << QStringLiteral("%1 = %2").arg(c.key, c.caption);
    m_columnsHint->setText(
        columns.isEmpty() ? QString() : tr("Columns: %1").arg(columns.join(QStringLiteral("; "))));
    QString problem = m_list->currentRow() < 0 ? QString() : indicatorDefinitionProblem(d);
    if (problem.isEmpty() && m_list->currentRow() >= 0 && columns.isEmpty())
        problem = tr("formCode: the plan has no form \"%1\"").arg(d.formCode);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(m_list->currentRow() >= 0 && m_session.mayEditPlans());
    m_preview->setRowCount(0);
    const auto plan = PlanRepository(m_session.connection()).find(m_planId);
    if (!problem.isEmpty() || !plan || m_session.unitCode().isEmpty() || m_list->currentRow() < 0)
        return;
    const IndicatorResult result = IndicatorService(m_session.connection())
                                       .evaluate(d, *plan, m_session.unitCode(), m_session.year());
    if (!result.problem.isEmpty()) {
        m_problem->setText(result.problem);
        m_problem->show();
        return;
    }
    QList<IndicatorFigure> figures = result.rows;
    figures << result.total;
    for (const IndicatorFigure& f : std::as_const(figures)) {
        const int r = m_preview->rowCount();
        m_preview->insertRow(r);
        const QStringList cells{
            f.total ? QStringLiteral("合计") : f.row,
            indicators::formatValue(d, f.matchedBaselineValue ? f.matchedBaselineValue
                                                              : f.baselineValue),
            indicators::formatValue(d, f.matchedValue ? f.matchedValue : f.value),
            indicators::formatChange(f.matchedChange ? f.matchedChange : f.change),
            indicators::formatTarget(d, f.target),
            indicators::formatTarget(d, f.expected),
            glossary::label(f.status),
            f.reporting.text()};
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_preview->resizeColumnsToContents();
}

void PlanIndicatorsPage::addIndicator() {
    if (!m_session.mayEditPlans())
        return;
    IndicatorDefinition d;
    d.code = QStringLiteral("indicator-%1").arg(m_indicators.size() + 1);
    d.name = tr("New indicator");
    d.formCode = m_form->count() > 0 ? m_form->itemData(0).toString() : QString();
    d.kind = IndicatorKind::Count;
    d.glidePath = IndicatorGlidePath::None;
    m_indicators << d;
    {
        const QSignalBlocker block(m_list);
        auto* item = new QListWidgetItem(d.name, m_list);
        item->setData(Qt::UserRole, d.code);
        m_list->setCurrentRow(m_list->count() - 1);
    }
    showCurrent();
    m_unsaved = true;
}

bool PlanIndicatorsPage::copyCurrent() {
    if (!m_session.mayEditPlans())
        return false;
    const int row = m_list->currentRow();
    if (row < 0 || m_unsaved)
        return false;
    const QString from = m_indicators.at(row).code;
    const auto code = m_prompter.text(this, tr("Copy indicator"),
                                      tr("Code of the copy (ASCII, e.g. %1-local)").arg(from));
    if (!code || code->trimmed().isEmpty())
        return false;
    QString error;
    if (!IndicatorRepository(m_session.connection())
             .copy(m_planId, from, m_planId, code->trimmed(), &error)) {
        m_prompter.warning(this, tr("Copy indicator"), error);
        return false;
    }
    m_changed = true;
    loadList(code->trimmed());
    Q_EMIT indicatorsChanged();
    return true;
}

bool PlanIndicatorsPage::removeCurrent() {
    if (!m_session.mayEditPlans())
        return false;
    const int row = m_list->currentRow();
    if (row < 0)
        return false;
    if (m_unsaved) {
        loadList();
        return true;
    }
    const IndicatorDefinition& d = m_indicators.at(row);
    if (m_prompter.question(
            this, tr("Remove indicator"), tr("Remove %1 from this plan?").arg(d.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    QString error;
    if (!IndicatorRepository(m_session.connection()).remove(m_planId, d.code, &error)) {
        m_prompter.warning(this, tr("Remove indicator"), error);
        return false;
    }
    m_changed = true;
    loadList();
    Q_EMIT indicatorsChanged();
    return true;
}

bool PlanIndicatorsPage::saveCurrent() {
    if (!m_session.mayEditPlans())
        return false;
    if (m_list->currentRow() < 0)
        return false;
    const IndicatorDefinition d = definition();
    refreshPreview();
    if (!m_problem->text().isEmpty()) {
        m_prompter.warning(this, tr("Save indicator"),
                           tr("The indicator was not saved:\n%1").arg(m_problem->text()));
        return false;
    }
    const QString loadedCode = m_indicators.at(m_list->currentRow()).code;
    if (!m_unsaved && d.code != loadedCode) {
        m_prompter.warning(this, tr("Save indicator"),
                           tr("code: the code of a stored indicator cannot change; copy it "
                              "instead."));
        return false;
    }
    const GuardedSave guarded{IndicatorRepository::recordKey(m_planId, d.code),
                              tr("The indicator %1").arg(d.name),
                              {},
                              [this, loadedCode] { loadList(loadedCode); }};
    QString error;
    const bool isNew = m_unsaved;
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), m_revision, guarded,
            [&](RevisionTicket* t, QString* why) {
                return isNew
                           ? IndicatorRepository(m_session.connection()).add(m_planId, d, why, t)
                           : IndicatorRepository(m_session.connection()).save(m_planId, d, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save indicator"),
                               tr("The indicator was not saved:\n%1").arg(error));
        return false;
    }
    m_changed = true;
    loadList(d.code);
    Q_EMIT indicatorsChanged();
    return true;
}

} // namespace yufang
