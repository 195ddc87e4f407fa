#pragma once

#include "services/register_derivation.h"
#include "services/register_import.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace yufang {

class Prompter;
class RegisterImportRunner;
class RegisterModel;
class Session;

// The 企业名录 tab: the register of the selected unit's subtree, filtered by year, industry and
// insurance and searched by name or credit code; import (in the background, cancellable),
// CSV export of the filtered rows, and filling the annex from the register.
class RegisterTab : public QWidget {
    Q_OBJECT
public:
    RegisterTab(Session& session, Prompter& prompter, QWidget* parent = nullptr);
    ~RegisterTab() override;

    RegisterModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* yearBox() const { return m_year; }
    QComboBox* industryBox() const { return m_industry; }
    QComboBox* insuredBox() const { return m_insured; }

    // What the buttons do after their file dialogs; public so tests drive them.
    void importFiles(const QStringList& files, bool replace);
    void cancelImport();
    bool exportTable(const QString& path);
    // Derives the annex of the selected unit's subtree for the selected year; asks
    // confirmReplace when typed or imported forms differ. Returns true when written.
    bool deriveAnnex();
    // Fills the training and occupational-disease tables of the selected unit's subtree and
    // year from the register, asking first where typed or imported ones would be replaced.
    bool deriveFigures();
    // Shows the comparison and returns whether to replace; a test may substitute it.
    std::function<bool(const RegisterDerivationPlan&)> confirmReplace;

Q_SIGNALS:
    void importFinished(const QList<yufang::RegisterImportResult>& results);

private:
    void rebuild(); // a new database: new model and filter choices
    void applyFilter();
    void chooseImport();
    void chooseExport();
    void importDone(const QList<RegisterImportResult>& results);
    void updateCount();

    Session& m_session;
    Prompter& m_prompter;
    RegisterModel* m_model = nullptr;
    RegisterImportRunner* m_runner = nullptr;
    QLabel* m_scope;
    QLabel* m_count;
    QComboBox* m_year;
    QComboBox* m_industry;
    QComboBox* m_insured;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QTableView* m_view;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_derive;
    QPushButton* m_deriveFigures;
};

} // namespace yufang
