#include "provider_panel.h"

#include "provider_dialog.h"
#include "provider_table_model.h"

#include "prompter.h"
#include "save_conflict.h"
#include "session.h"
#include "storage/provider_repository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace yufang {

ProviderPanel::ProviderPanel(Session& session, Prompter& prompter, QWidget* parent)
    : QWidget(parent), m_session(session), m_prompter(prompter),
      m_model(new ProviderTableModel(this)) {
    m_editor = [](QWidget* parent, TrainingProvider* provider) {
        ProviderDialog dialog(parent);
        dialog.setProvider(*provider);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        *provider = dialog.provider();
        return true;
    };
    auto* intro =
        new QLabel(tr("Recommended training providers and online platforms (推荐清单): enterprises "
                      "choose from them; an entry past its end date is shown grey."),
                   this);
    intro->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* addButton = new QPushButton(tr("Add…"), this);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_remove = new QPushButton(tr("Remove"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    connect(addButton, &QPushButton::clicked, this, &ProviderPanel::add);
    connect(m_edit, &QPushButton::clicked, this, &ProviderPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ProviderPanel::removeCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &ProviderPanel::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProviderPanel::updateActions);
    connect(&m_session, &Session::databaseChanged, this, &ProviderPanel::reload);
    reload();
}

void ProviderPanel::reload() {
    // Revisions before the entries they guard: a save landing in between is a conflict.
    m_revisions = m_session.hasDatabase()
                      ? RecordRevisions(m_session.connection()).allOf(RecordKey::provider(0).kind)
                      : QHash<QString, qint64>();
    m_model->setProviders(m_session.hasDatabase() ? ProviderRepository(m_session.connection()).all()
                                                  : QList<TrainingProvider>(),
                          QDate::currentDate());
    m_view->resizeColumnsToContents();
    updateActions();
}

void ProviderPanel::updateActions() {
    const bool current = m_view->currentIndex().isValid();
    m_edit->setEnabled(current);
    m_remove->setEnabled(current);
}

bool ProviderPanel::store(TrainingProvider provider) {
    QString error;
    RevisionTicket ticket =
        RecordRevisions::ticketIn(m_revisions, RecordKey::provider(provider.id));
    const GuardedSave guarded{RecordKey::provider(provider.id),
                              tr("The provider %1").arg(provider.name),
                              {},
                              [this] { reload(); }};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return ProviderRepository(m_session.connection()).save(&provider, why, t);
            },
            &error)) {
        if (!error.isEmpty())
            m_prompter.warning(this, tr("Recommended providers"),
                               tr("Cannot save the entry: %1").arg(error));
        return false;
    }
    reload();
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->providers().at(r).id == provider.id)
            m_view->setCurrentIndex(m_model->index(r, 0));
    return true;
}

void ProviderPanel::add() {
    TrainingProvider provider;
    provider.recommendedBy =
        m_session.unit() ? unitLevelKey(m_session.unit()->level) : QStringLiteral("province");
    if (m_editor(this, &provider))
        store(provider);
}

void ProviderPanel::editCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    TrainingProvider provider = m_model->providers().at(current.row());
    if (m_editor(this, &provider))
        store(provider);
}

void ProviderPanel::removeCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const TrainingProvider provider = m_model->providers().at(current.row());
    if (m_prompter.question(
            this, tr("Recommended providers"), tr("Remove %1 from the list?").arg(provider.name),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    QString error;
    RevisionTicket ticket =
        RecordRevisions::ticketIn(m_revisions, RecordKey::provider(provider.id));
    const GuardedSave guarded{
        RecordKey::provider(provider.id), tr("The provider %1").arg(provider.name), {}, {}};
    if (!saveGuarded(
            m_prompter, this, m_session.connection(), ticket, guarded,
            [&](RevisionTicket* t, QString* why) {
                return ProviderRepository(m_session.connection()).remove(provider.id, why, t);
            },
            &error) &&
        !error.isEmpty())
        m_prompter.warning(this, tr("Recommended providers"), error);
    reload();
}

} // namespace yufang
