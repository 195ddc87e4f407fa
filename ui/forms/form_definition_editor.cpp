#include "form_definition_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace yufang {

namespace {
QStringList lines(const QPlainTextEdit* edit) {
    QStringList out;
    for (const QString& l : edit->toPlainText().split(QLatin1Char('\n')))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

QString cellText(const QTableWidget* t, int row, int column) {
    if (auto* combo = qobject_cast<QComboBox*>(t->cellWidget(row, column)))
        return combo->currentData().toString();
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void setCell(QTableWidget* t, int row, int column, const QString& text) {
    if (auto* combo = qobject_cast<QComboBox*>(t->cellWidget(row, column))) {
        combo->setCurrentIndex(qMax(0, combo->findData(text)));
        return;
    }
    t->setItem(row, column, new QTableWidgetItem(text));
}

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

QPushButton* button(const QString& text, QHBoxLayout* row, QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    row->addWidget(b);
    return b;
}
} // namespace

FormDefinitionEditor::FormDefinitionEditor(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("FormDefinitionEditor"));
    auto* pages = new QTabWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(pages);

    // Form: title, rows, notes.
    auto* general = new QWidget(pages);
    auto* form = new QFormLayout(general);
    m_code = new QLineEdit(general);
    m_code->setToolTip(tr("ASCII letters, digits, _ or -; names the form in files and the "
                          "command line, e.g. platform-enterprises"));
    m_title = new QLineEdit(general);
    m_printTitle = new QLineEdit(general);
    m_printTitle->setPlaceholderText(tr("empty: the title"));
    m_rowKind = new QComboBox(general);
    m_rowKind->addItem(tr("The plan's key industries"), formRowKindKey(FormRowKind::Industries));
    m_rowKind->addItem(tr("The plan's key-personnel categories"),
                       formRowKindKey(FormRowKind::KeyPersonnel));
    m_rowKind->addItem(tr("A fixed list (below)"), formRowKindKey(FormRowKind::FixedList));
    m_rowKind->addItem(tr("Free rows named by the unit (e.g. enterprises)"),
                       formRowKindKey(FormRowKind::Free));
    m_rowKind->addItem(tr("Key industries × key-personnel categories"),
                       formRowKindKey(FormRowKind::IndustriesByKeyPersonnel));
    m_rowCaption = new QLineEdit(general);
    m_rowCaption->setPlaceholderText(tr("e.g. 重点行业名称, 企业名称"));
    m_groupCaption = new QLineEdit(general);
    m_fixedRows = new QPlainTextEdit(general);
    m_fixedRows->setPlaceholderText(tr("one row a line"));
    m_fixedRows->setMaximumHeight(80);
    m_localRows =
        new QCheckBox(tr("Units may add rows of their own (各地确定的，分别列出)"), general);
    // Printed subtotals of a grouped form (the training table: 小计 per industry, 合计 per
    // category); the definition's `subtotals`.
    m_groupSubtotals = new QCheckBox(tr("Print a subtotal (小计) after each group"), general);
    m_rowSubtotals = new QCheckBox(
        tr("Print a total (合计) per row over all groups, before the grand total"), general);
    m_notes = new QPlainTextEdit(general);
    m_notes->setPlaceholderText(
        tr("one note a line, printed as written; {year} prints as the form's year"));
    m_notes->setMaximumHeight(80);
    m_remark = new QPlainTextEdit(general);
    m_remark->setMaximumHeight(60);
    form->addRow(tr("Code"), m_code);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Print title"), m_printTitle);
    form->addRow(tr("Rows"), m_rowKind);
    form->addRow(tr("Row caption"), m_rowCaption);
    form->addRow(tr("Group caption"), m_groupCaption);
    form->addRow(tr("Fixed rows"), m_fixedRows);
    form->addRow(QString(), m_localRows);
    form->addRow(tr("Subtotals"), m_groupSubtotals);
    form->addRow(QString(), m_rowSubtotals);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Remark (source, what the plan leaves open)"), m_remark);
    pages->addTab(general, tr("Form"));

    // Columns.
    auto* columnsPage = new QWidget(pages);
    auto* cl = new QVBoxLayout(columnsPage);
    m_columns = table({tr("Key"), tr("Caption"), tr("Unit"), tr("Type"), tr("Decimals"),
                       tr("Numerator"), tr("Denominator"), tr("Scale")},
                      columnsPage);
    m_columns->setObjectName(QStringLiteral("FormColumnTable"));
    cl->addWidget(m_columns);
    auto* cb = new QHBoxLayout;
    auto* addColumnButton = button(tr("Add column"), cb, columnsPage);
    addColumnButton->setObjectName(QStringLiteral("AddFormColumnButton"));
    auto* removeColumnButton = button(tr("Remove column"), cb, columnsPage);
    auto* upButton = button(tr("Up"), cb, columnsPage);
    auto* downButton = button(tr("Down"), cb, columnsPage);
    cb->addStretch();
    cl->addLayout(cb);
    pages->addTab(columnsPage, tr("Columns"));

    // Rules.
    auto* rulesPage = new QWidget(pages);
    auto* rl = new QVBoxLayout(rulesPage);
    m_rules = table(
        {tr("Left column"), tr("Operator"), tr("Right column"), tr("Severity"), tr("Message")},
        rulesPage);
    rl->addWidget(m_rules);
    auto* rb = new QHBoxLayout;
    auto* addRuleButton = button(tr("Add rule"), rb, rulesPage);
    auto* removeRuleButton = button(tr("Remove rule"), rb, rulesPage);
    rb->addStretch();
    rl->addLayout(rb);
    pages->addTab(rulesPage, tr("Rules"));

    // Header and footer fields.
    auto* fieldsPage = new QWidget(pages);
    auto* fl = new QVBoxLayout(fieldsPage);
    m_fields = table({tr("Where"), tr("Key"), tr("Caption")}, fieldsPage);
    fl->addWidget(m_fields);
    auto* fb = new QHBoxLayout;
    auto* addHeader = button(tr("Add header field"), fb, fieldsPage);
    auto* addFooter = button(tr("Add footer field"), fb, fieldsPage);
    auto* removeFieldButton = button(tr("Remove field"), fb, fieldsPage);
    fb->addStretch();
    fl->addLayout(fb);
    pages->addTab(fieldsPage, tr("Fields"));

    for (QLineEdit* e : {m_code, m_title, m_printTitle, m_rowCaption, m_groupCaption})
        connect(e, &QLineEdit::textChanged, this, &FormDefinitionEditor::emitChanged);
    for (QPlainTextEdit* e : {m_fixedRows, m_notes, m_remark})
        connect(e, &QPlainTextEdit::textChanged, this, &FormDefinitionEditor::emitChanged);
    connect(m_rowKind, &QComboBox::currentIndexChanged, this, &FormDefinitionEditor::emitChanged);
    for (QCheckBox* b : {m_localRows, m_groupSubtotals, m_rowSubtotals})
        connect(b, &QCheckBox::toggled, this, &FormDefinitionEditor::emitChanged);
    for (QTableWidget* t : {m_columns, m_rules, m_fields})
        connect(t, &QTableWidget::itemChanged, this, &FormDefinitionEditor::emitChanged);
    connect(m_columns, &QTableWidget::itemChanged, this,
            [this](QTableWidgetItem* item) { updateColumnCells(item->row()); });

    connect(addColumnButton, &QPushButton::clicked, this, [this] {
        const int n = int(m_columns->rowCount()) + 1;
        addColumn(FormColumn::count(QStringLiteral("column%1").arg(n), tr("New column"),
                                    QStringLiteral("人")));
    });
    connect(removeColumnButton, &QPushButton::clicked, this,
            [this] { removeColumn(m_columns->currentRow()); });
    connect(upButton, &QPushButton::clicked, this,
            [this] { moveColumn(m_columns->currentRow(), -1); });
    connect(downButton, &QPushButton::clicked, this,
            [this] { moveColumn(m_columns->currentRow(), +1); });
    connect(addRuleButton, &QPushButton::clicked, this, [this] {
        const FormDefinition d = definition();
        const QList<FormColumn> numbers = d.numberColumns();
        FormRule r;
        r.leftKey = numbers.value(1).key;
        r.rightKey = numbers.value(0).key;
        r.message = tr("New rule");
        addRule(r);
    });
    connect(removeRuleButton, &QPushButton::clicked, this,
            [this] { removeRule(m_rules->currentRow()); });
    connect(addHeader, &QPushButton::clicked, this, [this] {
        addField(
            FormField{QStringLiteral("field%1").arg(m_fields->rowCount() + 1), tr("New field")},
            false);
    });
    connect(addFooter, &QPushButton::clicked, this, [this] {
        addField(
            FormField{QStringLiteral("field%1").arg(m_fields->rowCount() + 1), tr("New field")},
            true);
    });
    connect(removeFieldButton, &QPushButton::clicked, this,
            [this] { removeField(m_fields->currentRow()); });
}

void FormDefinitionEditor::emitChanged() {
    if (!m_loading)
        Q_EMIT changed();
}

void FormDefinitionEditor::setDefinition(const FormDefinition& d) {
    m_loading = true;
    m_code->setText(d.code);
    m_title->setText(d.title);
    m_printTitle->setText(d.printTitle);
    m_rowKind->setCurrentIndex(qMax(0, m_rowKind->findData(formRowKindKey(d.rowKind))));
    m_rowCaption->setText(d.rowCaption);
    m_groupCaption->setText(d.groupCaption);
    m_fixedRows->setPlainText(d.fixedRows.join(QLatin1Char('\n')));
    m_localRows->setChecked(d.localRowsAllowed);
    m_groupSubtotals->setChecked(d.subtotals.groups);
    m_rowSubtotals->setChecked(d.subtotals.rows);
    m_loaded = d;
    m_notes->setPlainText(d.notes.join(QLatin1Char('\n')));
    m_remark->setPlainText(d.remark);
    m_columns->setRowCount(0);
    for (const FormColumn& c : d.columns)
        insertColumnRow(m_columns->rowCount(), c);
    m_rules->setRowCount(0);
    for (const FormRule& r : d.rules)
        addRule(r);
    m_fields->setRowCount(0);
    for (const FormField& f : d.headerFields)
        addField(f, false);
    for (const FormField& f : d.footerFields)
        addField(f, true);
    m_columns->resizeColumnsToContents();
    m_loading = false;
    Q_EMIT changed();
}

FormDefinition FormDefinitionEditor::definition() const {
    // What this editor has no field for stays as loaded (totalLabel, consolidationNote,
    // localRowsFromAnnex, the aliases, the printed layout, and any member added later); the
    // lists it edits are rebuilt below.
    FormDefinition d = m_loaded;
    d.columns.clear();
    d.rules.clear();
    d.headerFields.clear();
    d.footerFields.clear();
    d.subtotals = {m_groupSubtotals->isChecked(), m_rowSubtotals->isChecked()};
    d.code = m_code->text().trimmed();
    d.title = m_title->text().trimmed();
    d.printTitle = m_printTitle->text().trimmed();
    d.rowKind =
        formRowKindFromKey(m_rowKind->currentData().toString()).value_or(FormRowKind::Industries);
    d.rowCaption = m_rowCaption->text().trimmed();
    d.groupCaption = m_groupCaption->text().trimmed();
    d.fixedRows = lines(m_fixedRows);
    d.localRowsAllowed = m_localRows->isChecked();
    d.notes = lines(m_notes);
    d.remark = m_remark->toPlainText().trimmed();
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        // What this editor has no cell for stays as loaded (a column found by its key): its
        // aliases, printed caption ({year}年…), denominatorFollowsPlan, a sum's summands, and
        // any member added later; the cells below overwrite the rest.
        const QString key = cellText(m_columns, r, KeyField);
        const FormColumn* was = m_loaded.column(key);
        FormColumn c = was ? *was : FormColumn{};
        c.key = key;
        c.caption = cellText(m_columns, r, CaptionField);
        c.unit = cellText(m_columns, r, UnitField);
        c.type = formColumnTypeFromKey(cellText(m_columns, r, TypeField))
                     .value_or(FormColumnType::Count);
        bool ok = false;
        const int decimals = cellText(m_columns, r, DecimalsField).toInt(&ok);
        // A typo is kept as an impossible value so validation names the field instead of
        // silently reading 0.
        c.decimals = ok ? decimals : -1;
        if (c.type == FormColumnType::Count || c.type == FormColumnType::Text)
            c.decimals = 0;
        if (c.type == FormColumnType::Derived) {
            c.numeratorKey = cellText(m_columns, r, NumeratorField);
            c.denominatorKey = cellText(m_columns, r, DenominatorField);
            const int scale = cellText(m_columns, r, ScaleField).toInt(&ok);
            c.scale = ok ? scale : 0;
        } else { // what only a ratio has does not outlive a change of type
            c.numeratorKey.clear();
            c.denominatorKey.clear();
            c.scale = 1;
            c.denominatorFollowsPlan = false;
        }
        if (c.type != FormColumnType::Sum)
            c.summands.clear();
        d.columns << c;
    }
    for (int r = 0; r < m_rules->rowCount(); ++r) {
        FormRule rule;
        rule.leftKey = cellText(m_rules, r, LeftField);
        rule.op =
            formRuleOpFromKey(cellText(m_rules, r, OpField)).value_or(FormRuleOp::LessOrEqual);
        rule.rightKey = cellText(m_rules, r, RightField);
        rule.severity = cellText(m_rules, r, SeverityField) == QLatin1String("warning")
                            ? Severity::Warning
                            : Severity::Error;
        rule.message = cellText(m_rules, r, MessageField);
        d.rules << rule;
    }
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const FormField f{cellText(m_fields, r, 1), cellText(m_fields, r, 2)};
        if (cellText(m_fields, r, 0) == QLatin1String("footer"))
            d.footerFields << f;
        else
            d.headerFields << f;
    }
    // Printed column widths and header cells belong to the columns they were set for: with a
    // column added or removed here the form prints with equal widths and its captions rather
    // than being refused.
    if (!d.print.columnWidths.isEmpty() && d.print.columnWidths.size() != printedColumnCount(d))
        d.print.columnWidths.clear();
    if (!d.print.columnHeaders.isEmpty() && d.print.columnHeaders.size() != printedColumnCount(d))
        d.print.columnHeaders.clear();
    return d;
}

void FormDefinitionEditor::insertColumnRow(int at, const FormColumn& c) {
    const bool wasLoading = m_loading;
    m_loading = true;
    m_columns->insertRow(at);
    auto* type = new QComboBox(m_columns);
    type->addItem(tr("Count (whole number)"), formColumnTypeKey(FormColumnType::Count));
    type->addItem(tr("Decimal"), formColumnTypeKey(FormColumnType::Decimal));
    type->addItem(tr("Text"), formColumnTypeKey(FormColumnType::Text));
    type->addItem(tr("Derived (ratio)"), formColumnTypeKey(FormColumnType::Derived));
    // A sum column (新发病例合计) has no field for its summands here: it is kept as loaded, not
    // offered for new columns.
    if (c.type == FormColumnType::Sum)
        type->addItem(tr("Sum of columns"), formColumnTypeKey(FormColumnType::Sum));
    m_columns->setCellWidget(at, TypeField, type);
    setCell(m_columns, at, KeyField, c.key);
    setCell(m_columns, at, CaptionField, c.caption);
    setCell(m_columns, at, UnitField, c.unit);
    setCell(m_columns, at, TypeField, formColumnTypeKey(c.type));
    setCell(m_columns, at, DecimalsField, QString::number(c.decimals));
    setCell(m_columns, at, NumeratorField, c.numeratorKey);
    setCell(m_columns, at, DenominatorField, c.denominatorKey);
    setCell(m_columns, at, ScaleField, QString::number(c.scale));
    connect(type, &QComboBox::currentIndexChanged, this, [this, type] {
        for (int r = 0; r < m_columns->rowCount(); ++r)
            if (m_columns->cellWidget(r, TypeField) == type)
                updateColumnCells(r);
        emitChanged();
    });
    updateColumnCells(at);
    m_loading = wasLoading;
}

// Numerator, denominator and scale mean something only for a derived column, decimals not for
// counts and text: the other cells are greyed out and not editable.
void FormDefinitionEditor::updateColumnCells(int row) {
    const auto type = formColumnTypeFromKey(cellText(m_columns, row, TypeField));
    const bool derived = type == FormColumnType::Derived;
    const bool decimals = derived || type == FormColumnType::Decimal;
    const QSignalBlocker block(m_columns);
    for (int f :
         {int(NumeratorField), int(DenominatorField), int(ScaleField), int(DecimalsField)}) {
        QTableWidgetItem* item = m_columns->item(row, f);
        if (!item)
            continue;
        const bool on = f == DecimalsField ? decimals : derived;
        item->setFlags(on ? item->flags() | Qt::ItemIsEditable | Qt::ItemIsEnabled
                          : item->flags() & ~(Qt::ItemIsEditable | Qt::ItemIsEnabled));
    }
}

void FormDefinitionEditor::addColumn(const FormColumn& column) {
    insertColumnRow(m_columns->rowCount(), column);
    m_columns->setCurrentCell(m_columns->rowCount() - 1, CaptionField);
    emitChanged();
}

void FormDefinitionEditor::removeColumn(int row) {
    if (row < 0 || row >= m_columns->rowCount())
        return;
    m_columns->removeRow(row);
    emitChanged();
}

void FormDefinitionEditor::moveColumn(int row, int delta) {
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_columns->rowCount())
        return;
    const FormColumn c = definition().columns.at(row);
    m_loading = true;
    m_columns->removeRow(row);
    insertColumnRow(to, c);
    m_loading = false;
    m_columns->setCurrentCell(to, CaptionField);
    emitChanged();
}

void FormDefinitionEditor::setColumnField(int row, ColumnField field, const QString& value) {
    setCell(m_columns, row, field, value);
    updateColumnCells(row);
    emitChanged();
}

void FormDefinitionEditor::addRule(const FormRule& rule) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int at = m_rules->rowCount();
    m_rules->insertRow(at);
    auto* op = new QComboBox(m_rules);
    for (const FormRuleOp o : {FormRuleOp::LessOrEqual, FormRuleOp::Less,
                               FormRuleOp::GreaterOrEqual, FormRuleOp::Greater, FormRuleOp::Equal})
        op->addItem(formRuleOpKey(o)
                        .replace(QStringLiteral("<="), QStringLiteral("≤"))
                        .replace(QStringLiteral(">="), QStringLiteral("≥"))
                        .replace(QStringLiteral("=="), QStringLiteral("=")),
                    formRuleOpKey(o));
    auto* severity = new QComboBox(m_rules);
    severity->addItem(tr("Error (blocks saving)"), QStringLiteral("error"));
    severity->addItem(tr("Warning"), QStringLiteral("warning"));
    m_rules->setCellWidget(at, OpField, op);
    m_rules->setCellWidget(at, SeverityField, severity);
    setCell(m_rules, at, LeftField, rule.leftKey);
    setCell(m_rules, at, OpField, formRuleOpKey(rule.op));
    setCell(m_rules, at, RightField, rule.rightKey);
    setCell(m_rules, at, SeverityField,
            rule.severity == Severity::Warning ? QStringLiteral("warning")
                                               : QStringLiteral("error"));
    setCell(m_rules, at, MessageField, rule.message);
    for (QComboBox* combo : {op, severity})
        connect(combo, &QComboBox::currentIndexChanged, this, &FormDefinitionEditor::emitChanged);
    m_loading = wasLoading;
    emitChanged();
}

void FormDefinitionEditor::removeRule(int row) {
    if (row < 0 || row >= m_rules->rowCount())
        return;
    m_rules->removeRow(row);
    emitChanged();
}

void FormDefinitionEditor::addField(const FormField& field, bool footer) {
    const bool wasLoading = m_loading;
    m_loading = true;
    const int at = m_fields->rowCount();
    m_fields->insertRow(at);
    auto* where = new QComboBox(m_fields);
    where->addItem(tr("Header"), QStringLiteral("header"));
    where->addItem(tr("Footer"), QStringLiteral("footer"));
    m_fields->setCellWidget(at, 0, where);
    setCell(m_fields, at, 0, footer ? QStringLiteral("footer") : QStringLiteral("header"));
    setCell(m_fields, at, 1, field.key);
    setCell(m_fields, at, 2, field.caption);
    connect(where, &QComboBox::currentIndexChanged, this, &FormDefinitionEditor::emitChanged);
    m_loading = wasLoading;
    emitChanged();
}

void FormDefinitionEditor::removeField(int row) {
    if (row < 0 || row >= m_fields->rowCount())
        return;
    m_fields->removeRow(row);
    emitChanged();
}

} // namespace yufang
