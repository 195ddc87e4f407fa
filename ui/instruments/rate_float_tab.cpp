#include "rate_float_tab.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "rate_scheme_models.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"

#include "io/csv_writer.h"
#include "io/file_output.h"
#include "services/rate_float_batch.h"
#include "storage/rate_scheme_repository.h"
#include "storage/task_preset_loader.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

namespace {
QDoubleSpinBox* moneyBox(QWidget* parent) {
    auto* b = new QDoubleSpinBox(parent);
    b->setRange(0, 1e12);
    b->setDecimals(2);
    b->setGroupSeparatorShown(true);
    b->setSuffix(QObject::tr(" yuan"));
    return b;
}
} // namespace

RateFloatTab::RateFloatTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_classModel(new RiskClassModel(this)), m_ruleModel(new FloatRuleModel(this)),
      m_batchModel(new FloatBatchModel(this)) {
    setObjectName(QStringLiteral("RateFloatTab"));
    auto* layout = new QVBoxLayout(this);
    m_schemeLabel = new QLabel(this);
    m_schemeLabel->setWordWrap(true);
    m_schemeLabel->setStyleSheet(QStringLiteral("color: #8a5300"));
    layout->addWidget(m_schemeLabel);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* upper = new QWidget(splitter);
    auto* upperLayout = new QHBoxLayout(upper);
    auto* single = new QGroupBox(tr("One employer"), upper);
    auto* form = new QFormLayout(single);
    m_class = new QSpinBox(single);
    m_class->setRange(1, 8);
    m_payroll = moneyBox(single);
    m_contributions = moneyBox(single);
    m_benefits = moneyBox(single);
    m_injuries = new QSpinBox(single);
    m_injuries->setRange(0, 100000);
    m_result = new QLabel(single);
    m_result->setObjectName(QStringLiteral("FloatResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Risk class"), m_class);
    form->addRow(tr("Payroll (缴费工资总额)"), m_payroll);
    form->addRow(tr("Contributions paid"), m_contributions);
    form->addRow(tr("Benefits paid by the fund"), m_benefits);
    form->addRow(tr("New injuries last year"), m_injuries);
    form->addRow(m_result);
    upperLayout->addWidget(single, 2);

    auto* tables = new QGroupBox(tr("Rule tables (editable)"), upper);
    auto* tl = new QVBoxLayout(tables);
    auto* nameRow = new QHBoxLayout;
    m_schemeName = new QLineEdit(tables);
    nameRow->addWidget(new QLabel(tr("Scheme"), tables));
    nameRow->addWidget(m_schemeName, 1);
    tl->addLayout(nameRow);
    auto* classView = new QTableView(tables);
    classView->setModel(m_classModel);
    classView->horizontalHeader()->setStretchLastSection(true);
    m_ruleView = new QTableView(tables);
    m_ruleView->setModel(m_ruleModel);
    m_ruleView->horizontalHeader()->setStretchLastSection(true);
    // Base rates and tiers read in full ("0.2" showed as "0."): columns follow their contents.
    for (QTableView* view : {classView, m_ruleView})
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(classView, 2);
    tableRow->addWidget(m_ruleView, 5);
    tl->addLayout(tableRow, 1);
    auto* buttons = new QHBoxLayout;
    auto* addRule = new QPushButton(tr("Add rule"), tables);
    auto* removeRule = new QPushButton(tr("Remove rule"), tables);
    auto* reset = new QPushButton(tr("Reset to the example"), tables);
    auto* save = new QPushButton(tr("Save tables"), tables);
    for (QPushButton* b : {addRule, removeRule, reset, save})
        buttons->addWidget(b);
    tl->addLayout(buttons);
    auto* help = new QLabel(
        tr("Rules are tried in order; the first that matches gives the tier. The example "
           "scheme never gives 50%: add a rule for it if your local rules have one. A "
           "tier a class does not offer moves to the nearest offered tier towards 100%."),
        tables);
    help->setWordWrap(true); // long help must not widen the window beyond 1280 px
    tl->addWidget(help);
    upperLayout->addWidget(tables, 3);

    auto* batch = new QGroupBox(tr("Batch"), splitter);
    auto* bl = new QVBoxLayout(batch);
    auto* batchButtons = new QHBoxLayout;
    auto* import = new QPushButton(tr("Import employers…"), batch);
    auto* exportButton = new QPushButton(tr("Export results…"), batch);
    batchButtons->addWidget(import);
    batchButtons->addWidget(exportButton);
    batchButtons->addStretch(1);
    bl->addLayout(batchButtons);
    auto* batchView = new QTableView(batch);
    batchView->setModel(m_batchModel);
    batchView->horizontalHeader()->setStretchLastSection(true);
    bl->addWidget(batchView);
    layout->addWidget(splitter, 1);

    for (QSpinBox* b : {m_class, m_injuries})
        connect(b, &QSpinBox::valueChanged, this, &RateFloatTab::recompute);
    for (QDoubleSpinBox* b : {m_payroll, m_contributions, m_benefits})
        connect(b, &QDoubleSpinBox::valueChanged, this, &RateFloatTab::recompute);
    connect(m_classModel, &RiskClassModel::edited, this, &RateFloatTab::recompute);
    connect(m_ruleModel, &FloatRuleModel::edited, this, &RateFloatTab::recompute);
    connect(addRule, &QPushButton::clicked, this, [this] {
        m_ruleModel->insertRule(m_ruleView->currentIndex().isValid()
                                    ? m_ruleView->currentIndex().row() + 1
                                    : m_ruleModel->rowCount());
    });
    connect(removeRule, &QPushButton::clicked, this,
            [this] { m_ruleModel->removeRule(m_ruleView->currentIndex().row()); });
    connect(reset, &QPushButton::clicked, this, &RateFloatTab::resetToExample);
    connect(save, &QPushButton::clicked, this, &RateFloatTab::saveScheme);
    connect(import, &QPushButton::clicked, this, &RateFloatTab::chooseAndImport);
    connect(exportButton, &QPushButton::clicked, this, &RateFloatTab::chooseAndExport);
    connect(&session, &Session::databaseChanged, this, &RateFloatTab::reload);
    reload();
}

void RateFloatTab::reload() {
    // The revision before the tables it guards: a save landing in between is a conflict.
    m_revision = m_session.hasDatabase()
                     ? RecordRevisions(m_session.connection()).ticket(RecordKey::rateScheme())
                     : RevisionTicket{};
    const RateScheme s = m_session.hasDatabase()
                             ? RateSchemeRepository(m_session.connection()).load()
                             : RateScheme();
    m_schemeName->setText(s.label);
    m_classModel->setClasses(s.classes);
    m_ruleModel->setRules(s.rules);
    recompute();
}

RateScheme RateFloatTab::editedScheme() const {
    RateScheme s;
    s.label = m_schemeName->text().trimmed();
    s.classes = m_classModel->classes();
    s.rules = m_ruleModel->rules();
    return s;
}

void RateFloatTab::recompute() {
    const RateScheme s = editedScheme();
    m_schemeLabel->setText(
        tr("Rate scheme in use: %1").arg(s.label.isEmpty() ? tr("(unnamed)") : s.label));
    EmployerFloatInput in;
    in.riskClass = m_class->value();
    in.payroll = m_payroll->value();
    in.contributions = m_contributions->value();
    in.benefitsPaid = m_benefits->value();
    in.newInjuries = m_injuries->value();
    m_last = floatRate(s, in);
    if (!m_last.ok) {
        m_result->setText(m_last.error);
        return;
    }
    m_result->setText(
        tr("Payout ratio: %1\nTier: %2 of the base rate %3\nNew rate: %4\nPremium: %5 yuan\n%6")
            .arg(m_last.payoutRatio ? percentText(*m_last.payoutRatio, 2)
                                    : tr("not applicable (no contributions)"),
                 percentText(m_last.tier), percentText(m_last.baseRate, 2),
                 percentText(m_last.newRate, 3), QString::number(m_last.premium, 'f', 2),
                 m_last.explanation));
}

bool RateFloatTab::saveScheme() {
    QString error;
    const RateScheme edited = editedScheme();
    const GuardedSave guarded{
        RecordKey::rateScheme(), tr("The rate-floating tables"), {}, [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), m_revision, guarded,
            [&](RevisionTicket* t, QString* why) {
                return RateSchemeRepository(m_session.connection()).save(edited, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Save rate tables"), error);
        return false;
    }
    reload();
    return true;
}

void RateFloatTab::resetToExample() {
    const RateScheme s = TaskPresetLoader::exampleRateScheme();
    m_schemeName->setText(s.label);
    m_classModel->setClasses(s.classes);
    m_ruleModel->setRules(s.rules);
    recompute();
}

bool RateFloatTab::importBatch(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_prompter.warning(this, tr("Import employers"),
                           tr("%1: cannot read the file: %2").arg(path, f.errorString()));
        return false;
    }
    const FloatBatch batch = runFloatBatch(editedScheme(), f.readAll(), path);
    if (!batch.ok()) {
        QStringList lines;
        for (const Diagnostic& d : batch.diagnostics)
            lines << d.toString();
        m_prompter.warning(this, tr("Import employers"), lines.join(QLatin1Char('\n')));
        return false;
    }
    m_batchModel->setRows(batch.rows);
    status::filesImported(this, {path});
    return true;
}

bool RateFloatTab::exportBatch(const QString& path) {
    QString error;
    if (!writeTableFile(
            path,
            [this](TableSink& sink) {
                writeFloatBatch(sink, editedScheme(), m_batchModel->rows());
            },
            &error)) {
        m_prompter.warning(this, tr("Export results"), error);
        return false;
    }
    status::fileWritten(this, path);
    return true;
}

void RateFloatTab::chooseAndImport() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import employers"), QString(), importFileFilter());
    if (!path.isEmpty())
        importBatch(path);
}

void RateFloatTab::chooseAndExport() {
    const QString path =
        askTableFile(this, tr("Export results"), tr("rate-floating.csv"), [this](TableSink& sink) {
            writeFloatBatch(sink, editedScheme(), m_batchModel->rows());
        });
    if (!path.isEmpty())
        exportBatch(path);
}

} // namespace yufang
