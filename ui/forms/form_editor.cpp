#include "form_editor.h"

#include "form_number_delegate.h"
#include "form_table_model.h"
#include "keyboard/editable_cell_view.h"
#include "prompter.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
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

// The date picker syncs its calendar to the edit's date when it opens; with no date yet that
// is the "not set" year 2000. This turns the page to where the clerk is about to click: today
// while the form is of this year or the last (a year-end form is signed in the weeks after),
// else the January after the form's year, when an older form was signed.
class OpenAtYear : public QObject {
public:
    OpenAtYear(QDateEdit* edit, int year) : QObject(edit), m_edit(edit), m_year(year) {}
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Show && m_edit->date() == kNoDate) {
            const QDate today = QDate::currentDate();
            if (today.year() - m_year <= 1)
                m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            else
                m_edit->calendarWidget()->setCurrentPage(m_year + 1, 1);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QDateEdit* m_edit;
    int m_year;
};

// Column headers are the definition's captions, printed on one line (尘肺病新发病例数): a long
// one wraps onto more lines at about five characters, so a form of six columns fits beside the
// 职业病 tab's trend at 1024 px instead of scrolling sideways.
class WrappingHeader : public QHeaderView {
public:
    explicit WrappingHeader(QWidget* parent) : QHeaderView(Qt::Horizontal, parent) {
        setDefaultAlignment(Qt::AlignCenter | Qt::Alignment(Qt::TextWordWrap));
    }

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override {
        const QSize one = QHeaderView::sectionSizeFromContents(logicalIndex);
        const QString text =
            model() ? model()->headerData(logicalIndex, orientation()).toString() : QString();
        const int cap = fontMetrics().horizontalAdvance(QString(5, QChar(0x4E2D))); // 中
        const QRect single = fontMetrics().boundingRect(text);
        if (single.width() <= cap)
            return one;
        const QRect wrapped = fontMetrics().boundingRect(QRect(0, 0, cap, 10000),
                                                         Qt::AlignCenter | Qt::TextWordWrap, text);
        return QSize(one.width() - single.width() + wrapped.width(),
                     one.height() - single.height() + wrapped.height());
    }
};

void clearLayout(QWidget* box) {
    // A copy: deleting a child changes box->children(), and iterating it live skipped every
    // other field, whose stray captions then lay over the next form's fields.
    const QObjectList children = box->children();
    for (QObject* child : children)
        if (child->isWidgetType())
            delete child;
    delete box->layout();
}
} // namespace

FormEditor::FormEditor(Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_prompter(prompter), m_model(new FormTableModel(this)) {
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("FormTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_unitLine = new QLabel(this);
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("FormBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    m_headerBox = new QWidget(this);

    m_view = new EditableCellView(this); // Tab skips the computed columns and the 合计 row
    m_view->setObjectName(QStringLiteral("FormTableView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new FormNumberDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setHorizontalHeader(new WrappingHeader(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter |
                                                    Qt::Alignment(Qt::TextWordWrap));
    m_view->verticalHeader()->setVisible(false);

    m_footerBox = new QWidget(this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("FormFindings"));
    m_findings->setMaximumHeight(110);
    m_findings->hide();

    m_addRow = new QPushButton(tr("Add row…"), this);
    m_removeRow = new QPushButton(tr("Remove row"), this);
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_addRow);
    rowButtons->addWidget(m_removeRow);
    rowButtons->addStretch();
    m_unlock = new QPushButton(tr("Unlock…"), this);
    m_unlock->setObjectName(QStringLiteral("FormUnlock"));
    m_unlock->setToolTip(
        tr("The return was accepted; unlocking needs a reason, which is recorded."));
    m_versions = new QPushButton(tr("Versions…"), this);
    m_versions->setObjectName(QStringLiteral("FormVersions"));
    m_versions->setToolTip(tr("Every saved version of this form; compare two of them."));
    rowButtons->addWidget(m_unlock);
    rowButtons->addWidget(m_versions);

    auto* formColumn = new QWidget(this);
    auto* form = new QVBoxLayout(formColumn);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(m_headerBox);
    form->addWidget(m_view, 1);
    form->addLayout(rowButtons);
    form->addWidget(m_footerBox);
    form->addWidget(m_notes);
    form->addWidget(m_findings);
    // A splitter: the clerk can give the table or a tab's side panel more room.
    m_body = new QSplitter(Qt::Horizontal, this);
    m_body->setChildrenCollapsible(false);
    m_body->addWidget(formColumn);
    connect(m_body, &QSplitter::splitterMoved, this, [this] { m_splitByHand = true; });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_unitLine);
    layout->addWidget(m_banner);
    layout->addWidget(m_body, 1);

    connect(m_addRow, &QPushButton::clicked, this, &FormEditor::askAddRow);
    connect(m_removeRow, &QPushButton::clicked, this, &FormEditor::removeCurrentRow);
    connect(m_versions, &QPushButton::clicked, this, &FormEditor::versionsRequested);
    connect(m_unlock, &QPushButton::clicked, this, &FormEditor::unlockRequested);
    connect(m_model, &FormTableModel::diagnosticsChanged, this, &FormEditor::updateFindings);
    connect(m_model, &FormTableModel::modifiedChanged, this, &FormEditor::modifiedChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FormEditor::updateRowButtons);
    connect(m_findings, &QListWidget::currentRowChanged, this, &FormEditor::showFinding);
    clear(QString());
}

void FormEditor::clear(const QString& message) {
    m_loading = true;
    m_fieldsEditable = false;
    m_model->setForm({}, {}, true);
    m_title->setText(message);
    m_unitLine->clear();
    m_banner->hide();
    m_notes->clear();
    clearLayout(m_headerBox);
    clearLayout(m_footerBox);
    m_fieldEdits.clear();
    m_filledOn = nullptr;
    m_view->hide(); // no form: no empty table with a lone 合计 either
    m_versions->hide();
    m_unlock->hide();
    m_loading = false;
    updateFindings();
}

void FormEditor::setSidePanel(QWidget* panel, int share) {
    m_body->addWidget(panel);
    m_sideShare = share;
    splitByShare();
}

void FormEditor::splitByShare() {
    // The form 3 parts, the panel its share, as the width changes, until the clerk drags the
    // handle; the splitter keeps each side's minimum.
    if (m_sideShare <= 0 || m_splitByHand)
        return;
    const int width = m_body->width();
    m_body->setSizes({width * 3 / (3 + m_sideShare), width * m_sideShare / (3 + m_sideShare)});
}

void FormEditor::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    splitByShare();
}

void FormEditor::offerHistory() {
    m_historyOffered = true;
}

void FormEditor::setLock(const FormLockInfo& lock) {
    setBanner(tr("Locked: the return of this form was accepted (已审核) on %1 by %2 (%3). "
                 "Choose Unlock… and give a reason to change it.")
                  .arg(lock.lockedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                       lock.lockedBy, lock.reason),
              true);
    m_unlock->setVisible(m_historyOffered);
}

bool FormEditor::isEditable() const {
    return !m_model->isReadOnly() || m_fieldsEditable;
}

void FormEditor::setBanner(const QString& text, bool warning) {
    m_banner->setText(text);
    m_banner->setStyleSheet(warning ? kWarningStyle : kInfoStyle);
    m_banner->setVisible(!text.isEmpty());
}

void FormEditor::setConsolidatedBanner(const Completeness& c, int year, const QString& more) {
    QString text = tr("Consolidated: the unit's own rows plus all units below it; 应报 %1, "
                      "已报 %2 for %3. Read-only: select a unit without sub-units to edit.")
                       .arg(c.expected)
                       .arg(c.reported)
                       .arg(year);
    if (m_fieldsEditable)
        text += QLatin1Char('\n') +
                tr("填报人, 联系电话 and 填报日期 below are this office's own: it signs the total "
                   "it sends up.");
    if (!more.isEmpty())
        text += QLatin1Char('\n') + more;
    if (c.isPartial())
        text +=
            QLatin1Char('\n') + tr("Not reported: %1").arg(c.missing.join(QStringLiteral("、")));
    setBanner(text, c.isPartial());
}

void FormEditor::setForm(const FormDefinition& definition, const FormTable& table,
                         const QString& unitLine, bool readOnly, bool fieldsEditable) {
    m_loading = true;
    m_fieldsEditable = fieldsEditable;
    m_model->setForm(definition, table, readOnly);
    m_title->setText(definition.effectivePrintTitle());
    m_unitLine->setText(unitLine);
    m_unitLine->setVisible(!unitLine.isEmpty()); // a tab whose banner names the unit has none
    buildFields(definition, table, table.year, fieldsEditable);
    // As the printed form and the CSV have them: written as the plan words them, (1) included.
    m_notes->setText(definition.notes.isEmpty()
                         ? QString()
                         : QStringLiteral("备注：") +
                               definition.notesFor(table.year).join(QLatin1Char('\n')));
    m_notes->setVisible(!definition.notes.isEmpty());
    // The unit's own rows of an industries form are its local key industries (各地确定的重点行业).
    const bool industries = definition.rowKind == FormRowKind::Industries;
    m_addRow->setText(industries ? tr("Add local key industry…") : tr("Add row…"));
    m_removeRow->setText(industries ? tr("Remove local key industry") : tr("Remove row"));
    m_view->show();
    m_versions->setVisible(m_historyOffered && !table.unitCode.isEmpty());
    m_unlock->hide(); // setLock shows it
    fitColumns();
    m_loading = false;
    updateFindings();
}

// Numbers are typed into empty cells, so sizing to the contents left "126,…" while typing and
// "133,…" on the 合计: on a form the clerk types into, every number column fits seven digits
// with separators and every derived one "1,000.00‰", whatever is shown (a read-only form, a
// province's sums of eight digits too, is sized to what it shows); the row names at least
// 140 px. Seven, not eight: the 基本情况表 then shows 备注 without scrolling at 1024 px.
void FormEditor::fitColumns() {
    m_view->resizeColumnsToContents();
    const int label = m_model->labelColumns() - 1;
    m_view->setColumnWidth(label, qMax(m_view->columnWidth(label), 140));
    if (m_model->isReadOnly())
        return;
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    const int count = metrics.horizontalAdvance(QLocale().toString(9999999)) + padding;
    const int rate = metrics.horizontalAdvance(QStringLiteral("1,000.00‰")) + padding;
    for (int c = m_model->labelColumns(); c < m_model->columnCount(); ++c) {
        const FormColumn* column = m_model->formColumnAt(c);
        if (column && column->isNumber())
            m_view->setColumnWidth(c, qMax(m_view->columnWidth(c),
                                           column->type == FormColumnType::Derived ? rate : count));
    }
}

void FormEditor::buildFields(const FormDefinition& definition, const FormTable& table, int year,
                             bool editable) {
    clearLayout(m_headerBox);
    clearLayout(m_footerBox);
    m_fieldEdits.clear();
    m_filledOn = nullptr;
    const auto lineEdit = [&](QWidget* box, const FormField& f) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QStringLiteral("FormField_") + f.key);
        edit->setText(table.field(f.key));
        edit->setReadOnly(!editable);
        connect(edit, &QLineEdit::textEdited, this, &FormEditor::fieldEdited);
        m_fieldEdits.insert(f.key, edit);
        return edit;
    };
    if (!definition.headerFields.isEmpty()) {
        auto* form = new QFormLayout(m_headerBox);
        form->setContentsMargins(0, 0, 0, 0);
        for (const FormField& f : definition.headerFields)
            form->addRow(f.caption, lineEdit(m_headerBox, f));
    }
    const QList<FormField> footer =
        definition.footerFields.isEmpty() ? form_fields::standardFooter() : definition.footerFields;
    auto* row = new QHBoxLayout(m_footerBox);
    row->setContentsMargins(0, 0, 0, 0);
    for (const FormField& f : footer) {
        auto* form = new QFormLayout;
        if (f.key == form_fields::kFilledOn) {
            m_filledOn = new QDateEdit(m_footerBox);
            m_filledOn->setObjectName(QStringLiteral("FormField_") + f.key);
            m_filledOn->setCalendarPopup(true);
            m_filledOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            m_filledOn->setMinimumDate(kNoDate);
            m_filledOn->setSpecialValueText(tr("not set"));
            const QDate date = QDate::fromString(table.field(f.key), Qt::ISODate);
            m_filledOn->setDate(date.isValid() ? date : kNoDate);
            m_filledOn->setReadOnly(!editable);
            m_filledOn->calendarWidget()->installEventFilter(
                new OpenAtYear(m_filledOn, year > 0 ? year : QDate::currentDate().year()));
            connect(m_filledOn, &QDateEdit::dateChanged, this, &FormEditor::fieldEdited);
            form->addRow(f.caption, m_filledOn);
        } else {
            form->addRow(f.caption, lineEdit(m_footerBox, f));
        }
        row->addLayout(form);
    }
}

void FormEditor::fieldEdited() {
    if (m_loading)
        return;
    for (auto it = m_fieldEdits.cbegin(); it != m_fieldEdits.cend(); ++it)
        m_model->setField(it.key(), it.value()->text().trimmed());
    if (m_filledOn)
        m_model->setField(form_fields::kFilledOn, m_filledOn->date() == kNoDate
                                                      ? QString()
                                                      : m_filledOn->date().toString(Qt::ISODate));
}

void FormEditor::updateFindings() {
    m_findings->clear();
    for (const Diagnostic& d : m_model->diagnostics()) {
        auto* item = new QListWidgetItem(m_findings);
        const bool error = d.severity == Severity::Error;
        item->setText((error ? tr("Error: ") : tr("Warning: ")) + d.message);
        item->setIcon(style()->standardIcon(error ? QStyle::SP_MessageBoxCritical
                                                  : QStyle::SP_MessageBoxWarning));
        item->setData(Qt::UserRole, m_model->lineOf(d.row)); // the row's line in the grid
        item->setData(Qt::UserRole + 1, m_model->columnOf(d.field));
    }
    m_findings->setVisible(m_findings->count() > 0);
    updateRowButtons();
    Q_EMIT findingsChanged();
}

void FormEditor::showFinding(int listRow) {
    if (listRow < 0)
        return;
    const QListWidgetItem* item = m_findings->item(listRow);
    m_view->setCurrentIndex(
        m_model->index(item->data(Qt::UserRole).toInt(), item->data(Qt::UserRole + 1).toInt()));
}

void FormEditor::updateRowButtons() {
    const bool adds = m_model->canAddRows();
    const bool rowsOfItsOwn = adds || m_model->canRemoveRow(0);
    m_addRow->setVisible(rowsOfItsOwn);
    m_addRow->setEnabled(adds);
    m_removeRow->setVisible(rowsOfItsOwn);
    m_removeRow->setEnabled(m_model->canRemoveRow(m_view->currentIndex().row()));
}

bool FormEditor::addRow(const QString& key) {
    QString error;
    if (!m_model->addRow(key, &error)) {
        m_prompter.warning(this, tr("Add row"), error);
        return false;
    }
    const int row = m_model->lineOf(int(m_model->table().rows.size()) - 1);
    const int column = m_model->labelColumns();
    m_view->setCurrentIndex(m_model->index(row, qMin(column, m_model->columnCount() - 1)));
    m_view->setFocus(); // the clerk types the new row's figures next
    return true;
}

void FormEditor::askAddRow() {
    const FormDefinition& d = m_model->definition();
    const auto name =
        d.rowKind == FormRowKind::Industries
            ? m_prompter.text(this, tr("Add local key industry"),
                              tr("Name of the key industry your unit adds (各地确定的重点行业):"))
            : m_prompter.text(
                  this, tr("Add row"),
                  tr("%1 of the new row:").arg(d.rowCaption.isEmpty() ? tr("Name") : d.rowCaption));
    if (name)
        addRow(*name);
}

void FormEditor::removeCurrentRow() {
    const int row = m_view->currentIndex().row();
    if (!m_model->canRemoveRow(row))
        return;
    const QString name = m_model->table().rows.at(m_model->tableRowOf(row)).key;
    const auto answer = m_prompter.question(
        this, tr("Remove row"), tr("Remove %1 and its figures from this form?").arg(name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        m_model->removeRow(row);
}

} // namespace yufang
