#include "register_tab.h"
#include "import_file_filter.h"
#include "status_messages.h"
#include "table_file.h"

#include "derive_annex_dialog.h"
#include "prompter.h"
#include "register_import_dialog.h"
#include "register_model.h"
#include "session.h"

#include "services/register_figures.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace yufang {

RegisterTab::RegisterTab(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter) {
    setObjectName(QStringLiteral("RegisterTab"));
    confirmReplace = [this](const RegisterDerivationPlan& plan) {
        DeriveAnnexDialog dialog(plan, this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_scope = new QLabel(this);
    m_year = new QComboBox(this);
    m_industry = new QComboBox(this);
    m_insured = new QComboBox(this);
    m_insured->addItem(tr("Insured or not"), int(RegisterFilter::Insured::Any));
    m_insured->addItem(tr("Insured"), int(RegisterFilter::Insured::Insured));
    m_insured->addItem(tr("Not insured"), int(RegisterFilter::Insured::Uninsured));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search name or credit code"));
    m_search->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250); // one query when typing pauses, not one per key
    m_count = new QLabel(this);
    m_import = new QPushButton(tr("Import register…"), this);
    m_export = new QPushButton(tr("Export table…"), this);
    m_derive = new QPushButton(tr("Fill form from register"), this);
    m_deriveFigures = new QPushButton(tr("Fill training and disease from register"), this);
    m_deriveFigures->setToolTip(
        tr("Key personnel, trained and new occupational disease cases per industry, for the "
           "selected unit and year. The register has no categories and no split by disease."));
    m_view = new QTableView(this);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->verticalHeader()->setSectionResizeMode(
        QHeaderView::Fixed); // no per-row sizing of 1M rows
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_year);
    filters->addWidget(m_industry);
    filters->addWidget(m_insured);
    filters->addWidget(m_search, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_import);
    actions->addWidget(m_export);
    actions->addWidget(m_derive);
    actions->addWidget(m_deriveFigures);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);

    connect(m_year, &QComboBox::activated, this, &RegisterTab::applyFilter);
    connect(m_industry, &QComboBox::activated, this, &RegisterTab::applyFilter);
    connect(m_insured, &QComboBox::activated, this, &RegisterTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &RegisterTab::applyFilter);
    connect(m_import, &QPushButton::clicked, this, &RegisterTab::chooseImport);
    connect(m_export, &QPushButton::clicked, this, &RegisterTab::chooseExport);
    connect(m_derive, &QPushButton::clicked, this, &RegisterTab::deriveAnnex);
    connect(m_deriveFigures, &QPushButton::clicked, this, &RegisterTab::deriveFigures);
    connect(&m_session, &Session::databaseChanged, this, &RegisterTab::rebuild);
    connect(&m_session, &Session::selectionChanged, this, [this](const QString&, int year) {
        // The tab follows the selected unit and year (the year box can still widen to all years).
        const int at = m_year->findData(year);
        if (at >= 0)
            m_year->setCurrentIndex(at);
        applyFilter();
    });
    rebuild();
}

RegisterTab::~RegisterTab() = default;

void RegisterTab::rebuild() {
    delete m_runner;
    m_runner = nullptr;
    m_view->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_year->clear();
    m_industry->clear();
    if (!m_session.hasDatabase())
        return;
    m_model = new RegisterModel(m_session.connection(), this);
    const RegisterQuery query(m_session.connection());
    m_year->addItem(tr("All years"), 0);
    for (int y : query.years())
        m_year->addItem(QString::number(y), y);
    const int at = m_year->findData(m_session.year());
    m_year->setCurrentIndex(at >= 0 ? at : 0);
    m_industry->addItem(tr("All industries"), QString());
    for (const QString& name : query.industries())
        m_industry->addItem(name, name);
    m_runner = new RegisterImportRunner(m_session.database()->path(), window(), this);
    m_runner->setReadOnly(m_session.isReadOnly());
    connect(m_runner, &RegisterImportRunner::finished, this, &RegisterTab::importDone);
    applyFilter();
    // A new model starts in stored order; keep the order the header shows (after an import).
    const QHeaderView* header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 &&
        header->sortIndicatorSection() < kRegisterColumnCount)
        m_model->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    m_view->setModel(m_model);
    m_view->horizontalHeader()->resizeSection(int(RegisterColumn::EnterpriseName), 260);
    m_view->horizontalHeader()->resizeSection(int(RegisterColumn::CreditCode), 170);
}

void RegisterTab::applyFilter() {
    if (!m_model)
        return;
    RegisterFilter f;
    f.unitCode = m_session.unitCode();
    if (const int y = m_year->currentData().toInt())
        f.year = y;
    f.industry = m_industry->currentData().toString();
    f.insured = RegisterFilter::Insured(m_insured->currentData().toInt());
    f.search = m_search->text();
    const auto unit = m_session.unit();
    m_scope->setText(unit ? unit->name : QString());
    if (!(f == m_model->filter()) || m_model->rowCount() == 0)
        m_model->setFilter(f);
    updateCount();
}

void RegisterTab::updateCount() {
    m_count->setText(
        m_model ? tr("%1 enterprise-year row(s)").arg(QLocale().toString(m_model->rowCount()))
                : QString());
}

void RegisterTab::chooseImport() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import enterprise register"),
                                                            QString(), importFileFilter());
    if (files.isEmpty())
        return;
    const auto answer = m_prompter.question(
        this, tr("Import enterprise register"),
        tr("Replace the rows of units and years that the database holds already?"),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::No);
    if (answer != QMessageBox::Cancel)
        importFiles(files, answer == QMessageBox::Yes);
}

void RegisterTab::importFiles(const QStringList& files, bool replace) {
    if (m_runner && !m_runner->isRunning()) {
        m_import->setEnabled(false);
        m_runner->start(files, replace);
    }
}

void RegisterTab::cancelImport() {
    if (m_runner)
        m_runner->cancel();
}

void RegisterTab::importDone(const QList<RegisterImportResult>& results) {
    m_import->setEnabled(true);
    QStringList lines;
    bool anyLanded = false;
    QStringList landed;
    for (const RegisterImportResult& r : results) {
        if (r.landed)
            landed << r.file;
        lines << r.summary();
        int shown = 0;
        for (const Diagnostic& d : r.diagnostics)
            if (d.severity == Severity::Error && shown++ < 10)
                lines << d.toString();
        anyLanded |= r.landed;
    }
    if (anyLanded)
        rebuild();
    status::filesImported(this, landed);
    (anyLanded ? m_prompter.information(this, tr("Import enterprise register"),
                                        lines.join(QLatin1Char('\n')))
               : m_prompter.warning(this, tr("Import enterprise register"),
                                    lines.join(QLatin1Char('\n'))));
    Q_EMIT importFinished(results);
}

void RegisterTab::chooseExport() {
    // Every row holds a 统一社会信用代码, which a spreadsheet turns into 9.13713029458073E+17
    // when it opens a CSV: the workbook comes first (table_file), the CSV stays for
    // re-import and for more rows than a sheet holds.
    const QString path =
        askTableFile(this, tr("Export enterprise register"), tr("register.csv"), true);
    if (!path.isEmpty())
        exportTable(path);
}

bool RegisterTab::exportTable(const QString& path) {
    if (!m_model)
        return false;
    QString error;
    const qint64 rows =
        RegisterQuery(m_session.connection())
            .exportTable(m_model->filter(), m_model->sortColumn(), m_model->sortAscending(), path,
                         CsvEncoding::Utf8Bom, &error);
    if (rows < 0) {
        m_prompter.warning(this, tr("Export enterprise register"), error);
        return false;
    }
    status::fileWritten(this, path);
    return true;
}

bool RegisterTab::deriveAnnex() {
    if (!m_session.hasDatabase() || !m_session.confirmLeave())
        return false;
    const RegisterDerivation derivation(m_session.connection());
    QString error;
    const RegisterDerivationPlan plan =
        derivation.compute(m_session.unitCode(), m_session.year(), &error);
    if (!error.isEmpty() || plan.annexes.isEmpty()) {
        m_prompter.warning(
            this, tr("Fill form from register"),
            error.isEmpty()
                ? tr("The register holds no enterprise of this unit for %1.").arg(m_session.year())
                : error);
        return false;
    }
    const bool replace = !plan.conflicts().isEmpty();
    if (replace && !confirmReplace(plan))
        return false;
    if (!derivation.apply(plan, replace, &error)) {
        m_prompter.warning(this, tr("Fill form from register"), error);
        return false;
    }
    // One signal for the subtree: every view reloads for the selection, whichever unit changed,
    // and 160 signals for a province would reload every tab 160 times.
    m_session.notifyFiguresChanged(plan.unitCode, plan.year);
    const QList<const DerivedAnnex*> locked = plan.locked();
    QString text = tr("The form of %1 unit(s) was filled from the register.")
                       .arg(plan.annexes.size() - locked.size());
    if (!locked.isEmpty()) {
        QStringList names;
        for (const DerivedAnnex* a : locked)
            names << a->unitName;
        text +=
            QLatin1Char('\n') + tr("%1 locked form(s) (return accepted) were left as they are: %2")
                                    .arg(locked.size())
                                    .arg(names.join(QStringLiteral("、")));
    }
    m_prompter.information(this, tr("Fill form from register"), text);
    return true;
}

bool RegisterTab::deriveFigures() {
    const QString title = tr("Fill training and disease from register");
    if (!m_session.hasDatabase() || !m_session.confirmLeave())
        return false;
    const RegisterFiguresDerivation derivation(m_session.connection());
    QString error;
    const RegisterFiguresPlan plan =
        derivation.compute(m_session.unitCode(), m_session.year(), &error);
    if (!error.isEmpty() || plan.units.isEmpty()) {
        m_prompter.warning(
            this, title,
            error.isEmpty()
                ? tr("The register holds no enterprise of this unit for %1.").arg(m_session.year())
                : error);
        return false;
    }
    const bool replace = !plan.conflicts().isEmpty();
    if (replace) {
        QStringList lines = RegisterFiguresDerivation::describeConflicts(plan);
        constexpr int kShown = 30;
        if (lines.size() > kShown) {
            const qsizetype more = lines.size() - kShown;
            lines = lines.mid(0, kShown);
            lines << tr("… and %1 more line(s)").arg(more);
        }
        const auto answer = m_prompter.question(
            this, title,
            tr("%1 unit(s) hold typed or imported training or occupational-disease figures for "
               "%2. The register would replace them:\n\n%3\n\nReplace them?")
                .arg(plan.conflicts().size())
                .arg(plan.year)
                .arg(lines.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (!derivation.apply(plan, replace, &error)) {
        m_prompter.warning(this, title, error);
        return false;
    }
    m_session.notifyFiguresChanged(plan.unitCode, plan.year); // one reload, not one per unit
    m_prompter.information(
        this, title,
        tr("The training and occupational-disease tables of %1 unit(s) were filled from the "
           "register.")
            .arg(plan.units.size()));
    return true;
}

} // namespace yufang
