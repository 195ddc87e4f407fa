#pragma once

#include "domain/indicator_definition.h"
#include "storage/record_revisions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace yufang {

class Prompter;
class Session;

// The plan editor's 指标 page: the plan's indicators (add, copy, remove), the definition (form,
// kind, numerator and denominator columns, scale, unit, decimals, direction, baseline year,
// target kind and value, glide path, per row) and a LIVE PREVIEW of its figures on the current
// data of the selected unit and year, evaluated by the indicator service exactly as 概览 will.
// Invalid definitions are refused with a message naming the field.
class PlanIndicatorsPage : public QWidget {
    Q_OBJECT
public:
    PlanIndicatorsPage(Session& session, Prompter& prompter, QWidget* parent = nullptr);

    void setPlan(qint64 planId);
    QListWidget* indicatorList() const { return m_list; }
    QTableWidget* previewTable() const { return m_preview; }
    QLabel* problemLabel() const { return m_problem; }
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* formBox() const { return m_form; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* numeratorEdit() const { return m_numerator; }
    QLineEdit* denominatorEdit() const { return m_denominator; }
    QSpinBox* scaleBox() const { return m_scale; }
    QComboBox* targetKindBox() const { return m_targetKind; }
    QDoubleSpinBox* targetBox() const { return m_target; }
    bool changedSomething() const { return m_changed; }

    void setDefinition(const IndicatorDefinition& d);
    IndicatorDefinition definition() const;
    bool selectIndicator(const QString& code);
    void addIndicator();
    bool copyCurrent();
    bool removeCurrent();
    bool saveCurrent();
    void refreshPreview();

Q_SIGNALS:
    void indicatorsChanged();

private:
    void loadList(const QString& select = {});
    void showCurrent();
    void fillForms();

    Session& m_session;
    Prompter& m_prompter;
    qint64 m_planId = 0;
    QList<IndicatorDefinition> m_indicators;
    bool m_unsaved = false;
    bool m_loading = false;
    bool m_changed = false;
    RevisionTicket m_revision;
    QListWidget* m_list;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_form;
    QComboBox* m_kind;
    QLineEdit* m_numerator;
    QLineEdit* m_denominator;
    QCheckBox* m_followsPlan;
    QSpinBox* m_scale;
    QLineEdit* m_unit;
    QSpinBox* m_decimals;
    QComboBox* m_direction;
    QSpinBox* m_baseline;
    QComboBox* m_targetKind;
    QDoubleSpinBox* m_target;
    QComboBox* m_glide;
    QCheckBox* m_rowsToo;
    QLineEdit* m_rowFilter;
    QCheckBox* m_assessed;
    QLabel* m_columnsHint;
    QLabel* m_problem;
    QPushButton* m_save;
    QTableWidget* m_preview;
};

} // namespace yufang
