#include "form_history_actions.h"

#include "form_access.h"
#include "form_editor.h"
#include "form_table_model.h"
#include "form_versions_dialog.h"
#include "prompter.h"
#include "session.h"

namespace yufang {

void offerFormHistory(FormEditor* editor, Session& session, Prompter& prompter,
                      std::function<void()> reload) {
    editor->offerHistory();
    QObject::connect(editor, &FormEditor::versionsRequested, editor, [editor, &session] {
        const FormTable& t = editor->model()->table();
        if (t.unitCode.isEmpty())
            return;
        FormVersionsDialog dialog(session.connection(), t.formCode, t.unitCode, t.year, editor);
        dialog.exec();
    });
    QObject::connect(
        editor, &FormEditor::unlockRequested, editor, [editor, &session, &prompter, reload] {
            const FormTable t = editor->model()->table();
            const auto unit = session.unit();
            if (t.unitCode.isEmpty() || !unit)
                return;
            const auto reason = prompter.text(
                editor, FormEditor::tr("Unlock form"),
                FormEditor::tr("Why must the accepted form of %1 for %2 be changed? The reason "
                               "is recorded in the audit trail.")
                    .arg(unit->name)
                    .arg(t.year));
            if (!reason)
                return;
            QString error;
            if (!form_access::unlock(session.connection(), t.formCode, t.unitCode, t.year, *reason,
                                     &error)) {
                prompter.warning(editor, FormEditor::tr("Unlock form"), error);
                return;
            }
            session.notifyFiguresChanged(t.unitCode, t.year);
            reload();
        });
}

} // namespace yufang
