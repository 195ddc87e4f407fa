#pragma once

#include "domain/diagnostic.h"
#include "domain/form_definition.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace yufang {

// The plan editor's page for one form definition (报表定义): title and print title, row kind and
// rows, columns (key, caption, unit, type, decimals; numerator, denominator and scale of a
// derived column), rules (left, operator, right, severity, message), header and footer fields,
// notes and whether units may add rows. Pure widgets over a FormDefinition: definition() reads
// them back, problems() says what validateFormDefinition finds, naming the field; the page
// around it saves and previews.
class FormDefinitionEditor : public QWidget {
    Q_OBJECT
public:
    enum ColumnField {
        KeyField,
        CaptionField,
        UnitField,
        TypeField,
        DecimalsField,
        NumeratorField,
        DenominatorField,
        ScaleField,
        ColumnFieldCount
    };
    enum RuleField { LeftField, OpField, RightField, SeverityField, MessageField, RuleFieldCount };

    explicit FormDefinitionEditor(QWidget* parent = nullptr);

    void setDefinition(const FormDefinition& definition);
    FormDefinition definition() const;
    Diagnostics problems() const { return validateFormDefinition(definition()); }

    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* printTitleEdit() const { return m_printTitle; }
    QComboBox* rowKindBox() const { return m_rowKind; }
    QLineEdit* rowCaptionEdit() const { return m_rowCaption; }
    QPlainTextEdit* fixedRowsEdit() const { return m_fixedRows; }
    QCheckBox* localRowsBox() const { return m_localRows; }
    QCheckBox* groupSubtotalsBox() const { return m_groupSubtotals; }
    QCheckBox* rowSubtotalsBox() const { return m_rowSubtotals; }
    QTableWidget* columnTable() const { return m_columns; }
    QTableWidget* ruleTable() const { return m_rules; }
    QTableWidget* fieldTable() const { return m_fields; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    // Appends a column (a count unless said otherwise) and selects it; the preview follows.
    void addColumn(const FormColumn& column);
    void removeColumn(int row);
    void moveColumn(int row, int delta);
    void addRule(const FormRule& rule);
    void removeRule(int row);
    void addField(const FormField& field, bool footer);
    void removeField(int row);
    // Sets one cell of the column table (text, or a combo's key for the type).
    void setColumnField(int row, ColumnField field, const QString& value);

Q_SIGNALS:
    void changed(); // any edit: the preview re-reads definition()

private:
    void insertColumnRow(int at, const FormColumn& column);
    void updateColumnCells(int row);
    void emitChanged();

    bool m_loading = false;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QLineEdit* m_printTitle;
    QComboBox* m_rowKind;
    QLineEdit* m_rowCaption;
    QLineEdit* m_groupCaption;
    QPlainTextEdit* m_fixedRows;
    QCheckBox* m_localRows;
    QCheckBox* m_groupSubtotals;
    QCheckBox* m_rowSubtotals;
    // What was loaded: members this editor has no field for (a table's layout choices, the
    // header names an import accepts) are kept as they were, not dropped on save.
    FormDefinition m_loaded;
    QTableWidget* m_columns;
    QTableWidget* m_rules;
    QTableWidget* m_fields;
    QPlainTextEdit* m_notes;
    QPlainTextEdit* m_remark;
};

} // namespace yufang
