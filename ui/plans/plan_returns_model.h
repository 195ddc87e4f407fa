#pragma once

#include "domain/obligation.h"

#include <QAbstractTableModel>

namespace yufang {

// A plan's return obligations (报送义务: what a unit sends, from which level to which, to whom
// and by when, and which form's import counts as the return) as an editable table on the plan
// editor's 报送义务 page. The direction, the recurrence and the form are chosen from lists
// (ChoicesRole); the deadline is typed as MM-DD for a yearly return and as YYYY-MM-DD for a
// one-off one, and a value that does not parse is refused.
class PlanReturnsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        FormColumn, // beside the title: what is sent, and which form's import it is
        DirectionColumn,
        RecipientColumn,
        RecurrenceColumn,
        DueColumn,
        ColumnCount
    };
    // On the direction, recurrence and form columns: the texts to choose from, in the order of
    // the values they stand for (ObligationScope, Recurrence, formChoices()); EditRole then
    // takes the index.
    enum Role { ChoicesRole = Qt::UserRole + 1 };

    // A form of the plan a return can be: `code` as the obligation stores it
    // (obligationFormCode: empty for the annex), `title` as the clerk knows it.
    struct Form {
        QString code;
        QString title;
    };
    // What counts as the return, as the form column offers it: nothing (a document sent),
    // then for each form its baseline year's import (基期) and each year's (年度), the
    // combinations AnnexKind and formCode stand for.
    struct FormChoice {
        AnnexKind kind = AnnexKind::None;
        QString formCode;
        QString text;
    };

    explicit PlanReturnsModel(QObject* parent = nullptr);
    void setObligations(const QList<Obligation>& list);
    // Obligations stored elsewhere meanwhile (a copied form's returns) added at the end; what
    // was typed on the page stays as typed.
    void appendStored(const QList<Obligation>& list);
    // Obligations removed elsewhere meanwhile (a removed form's returns) taken off the page.
    void removeStored(const QList<Obligation>& list);
    // The plan's forms, for the form column; the obligations stay.
    void setForms(const QList<Form>& forms);
    QList<FormChoice> formChoices() const;
    const QList<Obligation>& obligations() const { return m_list; }
    // A new yearly return of the units below, due 31 December, at the end of the list.
    int appendObligation(const QString& title);
    void removeObligation(int row);
    bool isModified() const { return m_modified; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString directionText(ObligationScope scope);
    static QString recurrenceText(Recurrence recurrence);
    static QString dueText(const Obligation& o);
    QString formText(const Obligation& o) const;

Q_SIGNALS:
    void edited();

private:
    void markEdited();

    int formChoiceOf(const Obligation& o) const;

    QList<Obligation> m_list;
    QList<Form> m_forms;
    bool m_modified = false;
};

} // namespace yufang
