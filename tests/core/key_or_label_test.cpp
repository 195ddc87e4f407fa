// "A key or its label" (domain/key_or_label): the four coded values the tracking files carry
// (a fee project's kind and stage, a task's status, a hazard's status) read from their stable
// key or from the word the app shows for them, and nothing else.
#include "domain/hazard.h"
#include "domain/key_or_label.h"
#include "domain/prevention_fee.h"
#include "domain/task_status.h"

#include <catch2/catch.hpp>

using namespace yufang;
using namespace Qt::Literals::StringLiterals;

namespace {
enum class Colour { Red, Green };
bool colourFromKey(const QString& key, Colour* out) {
    if (key != u"red"_s)
        return false;
    *out = Colour::Red;
    return true;
}
} // namespace

TEST_CASE("fromKeyOrLabel reads the key first and then the labels", "[key_or_label]") {
    Colour c = Colour::Green;
    CHECK(fromKeyOrLabel<Colour>(u"red"_s, colourFromKey, {{u"绿"_s, Colour::Green}}, &c));
    CHECK(c == Colour::Red);
    CHECK(fromKeyOrLabel<Colour>(u"绿"_s, colourFromKey, {{u"绿"_s, Colour::Green}}, &c));
    CHECK(c == Colour::Green);
    c = Colour::Red;
    CHECK_FALSE(fromKeyOrLabel<Colour>(u"green"_s, colourFromKey, {{u"绿"_s, Colour::Green}}, &c));
    CHECK(c == Colour::Red); // untouched
}

TEST_CASE("a fee project's stage from its key or its label", "[key_or_label][fee]") {
    for (ProjectStage s : {ProjectStage::Applied, ProjectStage::Reviewed, ProjectStage::Approved,
                           ProjectStage::Implemented, ProjectStage::Accepted}) {
        ProjectStage fromKey =
            s == ProjectStage::Applied ? ProjectStage::Accepted : ProjectStage::Applied;
        CHECK(projectStageFromText(projectStageKey(s), &fromKey));
        CHECK(fromKey == s);
        ProjectStage fromLabel =
            fromKey == ProjectStage::Applied ? ProjectStage::Accepted : ProjectStage::Applied;
        CHECK(projectStageFromText(projectStageLabel(s), &fromLabel));
        CHECK(fromLabel == s);
    }
    ProjectStage s = ProjectStage::Reviewed;
    CHECK_FALSE(projectStageFromText(u"done"_s, &s));
    CHECK_FALSE(projectStageFromText(QString(), &s));
    CHECK(s == ProjectStage::Reviewed);
}

TEST_CASE("a fee project's kind from its key or its label", "[key_or_label][fee]") {
    for (ProjectKind k : {ProjectKind::Publicity, ProjectKind::Training}) {
        const ProjectKind other =
            k == ProjectKind::Publicity ? ProjectKind::Training : ProjectKind::Publicity;
        ProjectKind read = other;
        CHECK(projectKindFromText(projectKindKey(k), &read));
        CHECK(read == k);
        read = other;
        CHECK(projectKindFromText(projectKindLabel(k), &read));
        CHECK(read == k);
    }
    ProjectKind k = ProjectKind::Training;
    CHECK_FALSE(projectKindFromText(u"research"_s, &k));
    CHECK(k == ProjectKind::Training);
}

TEST_CASE("a task's status from its key or the word the checklist printed", "[key_or_label]") {
    const std::pair<TaskStatus, TaskProgress> words[] = {
        {TaskStatus::NotStarted, TaskProgress::NotStarted},
        {TaskStatus::InProgress, TaskProgress::InProgress},
        {TaskStatus::Done, TaskProgress::Done},
        {TaskStatus::Overdue, TaskProgress::NotStarted}}; // overdue: not done yet
    for (const auto& [status, progress] : words) {
        TaskProgress read =
            progress == TaskProgress::Done ? TaskProgress::InProgress : TaskProgress::Done;
        CHECK(taskProgressFromText(taskStatusLabel(status), &read));
        CHECK(read == progress);
    }
    for (TaskProgress p :
         {TaskProgress::NotStarted, TaskProgress::InProgress, TaskProgress::Done}) {
        TaskProgress read = p == TaskProgress::Done ? TaskProgress::NotStarted : TaskProgress::Done;
        CHECK(taskProgressFromText(taskProgressKey(p), &read));
        CHECK(read == p);
    }
    TaskProgress p = TaskProgress::InProgress;
    CHECK_FALSE(taskProgressFromText(u"overdue"_s, &p)); // a key nothing stores
    CHECK(p == TaskProgress::InProgress);
}

TEST_CASE("a hazard's status from its key or its label", "[key_or_label]") {
    for (HazardStatus s : {HazardStatus::Open, HazardStatus::Rectifying, HazardStatus::Closed}) {
        const HazardStatus other =
            s == HazardStatus::Open ? HazardStatus::Closed : HazardStatus::Open;
        HazardStatus read = other;
        CHECK(hazardStatusFromText(hazardStatusKey(s), &read));
        CHECK(read == s);
        read = other;
        CHECK(hazardStatusFromText(hazardStatusLabel(s), &read));
        CHECK(read == s);
    }
    HazardStatus s = HazardStatus::Rectifying;
    CHECK_FALSE(hazardStatusFromText(u"fixed"_s, &s));
    CHECK(s == HazardStatus::Rectifying);
}
