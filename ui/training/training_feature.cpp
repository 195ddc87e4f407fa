#include "training_feature.h"

#include "disease_tab.h"
#include "training_tab.h"

#include "forms/form_file_actions.h"

#include "main_window.h"

#include <QAction>
#include <QMenu>

namespace yufang {

void installTrainingFeature(MainWindow& window, Session& session, Prompter& prompter) {
    auto* training = new TrainingTab(session, prompter, &window);
    training->setObjectName(QStringLiteral("TrainingTab"));
    window.addFeatureTab(training, TrainingTab::tr("Training"));
    auto* disease = new DiseaseTab(session, prompter, &window);
    disease->setObjectName(QStringLiteral("DiseaseTab"));
    window.addFeatureTab(disease, DiseaseTab::tr("Disease", "main tab"));
    window.addSaveHandler(training, [training] { return training->save(); });
    window.addSaveHandler(disease, [disease] { return disease->save(); });
    QMenu* reports = window.reportsMenu();
    QAction* print = reports->addAction(TrainingTab::tr("Training table: print preview…"));
    QObject::connect(print, &QAction::triggered, training->files(), &FormFileActions::printPreview);
    QAction* pdf = reports->addAction(TrainingTab::tr("Training table: export PDF…"));
    QObject::connect(pdf, &QAction::triggered, training->files(),
                     &FormFileActions::exportPdfDialog);
    QAction* blank = reports->addAction(TrainingTab::tr("Training table: blank template (Excel)…"));
    QObject::connect(blank, &QAction::triggered, training->files(),
                     &FormFileActions::exportTemplateDialog);
    QAction* diseasePrint =
        reports->addAction(DiseaseTab::tr("Occupational disease table: print preview…"));
    QObject::connect(diseasePrint, &QAction::triggered, disease->files(),
                     &FormFileActions::printPreview);
    QAction* diseasePdf =
        reports->addAction(DiseaseTab::tr("Occupational disease table: export PDF…"));
    QObject::connect(diseasePdf, &QAction::triggered, disease->files(),
                     &FormFileActions::exportPdfDialog);
    QAction* diseaseBlank =
        reports->addAction(DiseaseTab::tr("Occupational disease table: blank template (Excel)…"));
    QObject::connect(diseaseBlank, &QAction::triggered, disease->files(),
                     &FormFileActions::exportTemplateDialog);
}

} // namespace yufang
