#pragma once

#include "domain/form_definition.h"
#include "domain/obligation.h"

#include <QWidget>

class QTableView;

namespace yufang {

class PlanReturnsModel;

// The plan editor's 报送义务 page (issue 13): the returns the plan asks for, what, from which
// level to which, to whom, by when and which form's import counts as the return; add, edit and
// remove them. The plan editor saves them
// with the plan (ObligationRepository::saveForPlan, one transaction under the plan's revision).
class PlanReturnsPage : public QWidget {
    Q_OBJECT
public:
    explicit PlanReturnsPage(QWidget* parent = nullptr);

    void setObligations(const QList<Obligation>& obligations);
    QList<Obligation> obligations() const;
    // The plan's forms (form_access::planForms), for the form column; the annex is always one.
    void setForms(const QList<FormDefinition>& forms);
    bool isModified() const;
    PlanReturnsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Adds a yearly return of the units below and starts editing its title.
    void addObligation();
    void removeCurrent();

private:
    PlanReturnsModel* m_model;
    QTableView* m_view;
};

} // namespace yufang
