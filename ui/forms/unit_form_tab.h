#pragma once

#include "form_file_actions.h"

#include <QWidget>

#include <optional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace yufang {

struct FormDefinition;
struct FormTable;
struct Unit;
class FormEditor;
class FormTableModel;
class Prompter;
class Session;

// A tab showing one form of the plan the selected unit follows, for the selected year: the form
// engine's editor on the form's definition (the unit's own form; a parent's consolidated one,
// read-only, which the office signs; a locked one with 解锁…), 版本…, 撤销修改 and 保存 under the
// revision check, and what FormFileActions does with files. The 基本情况表, 培训 and 职业病 tabs
// are one each; what only one of them has (the 培训 tab's coverage panel and categories, the
// 职业病 tab's trend and target, their file buttons) it adds through the hooks below.
//
// A derived tab calls reload() at the end of its own constructor: the hooks are virtual, and
// the base's constructor cannot reach them yet.
class UnitFormTab : public QWidget {
    Q_OBJECT
public:
    UnitFormTab(Session& session, Prompter& prompter, FormFileActions::Words words,
                QWidget* parent = nullptr);

    FormEditor* editor() const { return m_editor; }
    FormFileActions* files() const { return m_files; }
    FormTableModel* model() const;
    QTableView* view() const;
    QLabel* banner() const;

    bool isModified() const;
    // Saves when valid; shows why not otherwise. True when nothing is left unsaved.
    bool save();
    // Asks Save / Discard / Cancel when there are unsaved changes; false means stay.
    bool maybeSave();
    // Imports each file in its own transaction for the selected year; replace: none asks per
    // file. Returns how many landed.
    int importFiles(const QStringList& paths, std::optional<bool> replace = std::nullopt);
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void modifiedChanged(bool modified);

protected:
    // The line under the title; by default the unit, its code and the year.
    virtual QString unitLine(const Unit& unit, int year, const FormTable& table) const;
    // The banner of the unit's own form, open (editable) or not (the session is read-only, and
    // the reason follows it): by default, while nothing is stored, that the form is to be filled.
    virtual QString ownBanner(int year, const FormTable& table, bool editable) const;
    // A line under a parent's consolidated banner (the 职业病 tab: units that took their figures
    // from the register).
    virtual QString consolidatedNote(const Unit& unit, int year) const;
    // Before the form is shown; definition is null when there is none to show (no unit or
    // plan). The 培训 tab sets its checks against the year before's figures here.
    virtual void aboutToShow(const FormDefinition* definition, const Unit* unit, int year);
    // After every reload and save: panels beside the form follow.
    virtual void shown();
    // The 撤销修改 and 保存 buttons follow the form; a tab's own buttons follow too.
    virtual void updateActions();

    // A button of the tab's own, left of 撤销修改 and 保存.
    void addButton(QPushButton* button);
    const QString& formCode() const { return m_form; }
    Session& session() const { return m_session; }
    Prompter& prompter() const { return m_prompter; }

private:
    Session& m_session;
    Prompter& m_prompter;
    QString m_form;
    FormEditor* m_editor;
    FormFileActions* m_files;
    QHBoxLayout* m_buttons;
    QPushButton* m_revert;
    QPushButton* m_save;
};

} // namespace yufang
