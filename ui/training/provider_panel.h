#pragma once

#include "domain/training_provider.h"
#include "storage/record_revisions.h"

#include <QWidget>

#include <functional>

class QPushButton;
class QTableView;

namespace yufang {

class Prompter;
class ProviderTableModel;
class Session;

// The 推荐清单 sub-tab: the list of recommended training providers and online platforms with
// Add, Edit and Remove. Editing goes through `editor` (the dialog by default) so tests can
// answer it.
class ProviderPanel : public QWidget {
    Q_OBJECT
public:
    // Returns true and fills *provider when the user confirmed.
    using Editor = std::function<bool(QWidget* parent, TrainingProvider* provider)>;

    ProviderPanel(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    ProviderTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setEditor(Editor editor) { m_editor = std::move(editor); }

public Q_SLOTS:
    void reload();
    void add();
    void editCurrent();
    void removeCurrent();

private:
    bool store(TrainingProvider provider);
    void updateActions();

    Session& m_session;
    Prompter& m_prompter;
    ProviderTableModel* m_model;
    QTableView* m_view;
    QPushButton* m_edit;
    QPushButton* m_remove;
    Editor m_editor;
    QHash<QString, qint64> m_revisions; // of the entries, taken when the list was loaded
};

} // namespace yufang
