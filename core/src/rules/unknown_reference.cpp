// Every id a plan names must exist. Dangling ids are not decoding errors (a half-edited
// plan still loads), so this rule is where they surface: one diagnostic per dangling id.
#include <span>
#include <string_view>
#include <unordered_set>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

// ` names student "zoe", who is not in this plan.`: what follows the owner in every message.
void append_dangling(MessageText& out, std::string_view verb, std::string_view field, const std::string& id,
                     std::string_view pronoun) {
  out += ' ';
  out += verb;
  out += ' ';
  out += field;
  out += " \"";
  out += id;
  out += "\", ";
  out += pronoun;
  out += " is not in this plan.";
}

// Reports each distinct id of `ids` that `index` does not know (a repeated typo once).
void report_list(const IdIndex& index, std::span<const std::string> ids, RefKind owner,
                 const std::string& owner_id, std::string_view owner_kind,
                 const std::string& owner_name, std::string_view verb, std::string_view field,
                 std::string_view pronoun, Out& out) {
  std::unordered_set<std::string_view> reported;  // a set: lists hold up to 500 ids
  for (const std::string& id : ids) {
    if (index.contains(id) || !reported.insert(id).second) continue;
    if (!out.wants(code::unknown_reference, Severity::error)) continue;
    Diagnostic d = make_diagnostic(code::unknown_reference, Severity::error);
    MessageText text;
    // `Course "Math" names student "zoe", who is not in this plan.`
    text += owner_kind;
    text += " \"";
    text += owner_name;
    text += '"';
    append_dangling(text, verb, field, id, pronoun);
    add_ref(d, owner, owner_id);
    d.message = text.str();
    out.push_back(std::move(d));
  }
}

}  // namespace

void check_unknown_reference_in_plan(const Model& m, int /*index*/, Out& out) {
  for (std::size_t i = 0; i < m.plan.courses.size(); ++i) {
    const Course& c = m.plan.courses[i];
    const CourseInfo& info = m.courses[i];
    // The model resolved the course's students and resources leaving out unknown and repeated
    // ids, and its guardian when it teaches: a list that lost nothing has nothing to report.
    if (info.students.size() != c.students.size()) {
      report_list(m.student_ids, c.students, RefKind::course, c.id, "Course", c.subject, "names",
                  "student", "who", out);
    }
    if (c.guardian && info.guardian < 0) {
      report_list(m.guardian_ids, std::span(&*c.guardian, 1), RefKind::course, c.id, "Course", c.subject,
                  "names", "guardian", "who", out);
    }
    if (info.resources.size() != c.resources.size()) {
      report_list(m.resource_ids, c.resources, RefKind::course, c.id, "Course", c.subject, "needs",
                  "resource", "which", out);
    }
  }
  for (const Commitment& k : m.plan.commitments) {
    report_list(m.guardian_ids, k.guardians, RefKind::commitment, k.id, "Commitment", k.name,
                "names", "guardian", "who", out);
    report_list(m.student_ids, k.students, RefKind::commitment, k.id, "Commitment", k.name,
                "names", "student", "who", out);
    report_list(m.resource_ids, k.resources, RefKind::commitment, k.id, "Commitment", k.name,
                "needs", "resource", "which", out);
  }
}

namespace {

// Reports each dangling reference of a lesson. Out of line: see rules.hpp.
[[gnu::noinline]] void report_lesson(const Model& m, int index, Out& out) {
  const Placement& p = m.placement(index);
  const LessonInfo& info = m.lessons[index];
  const auto report = [&](std::string_view verb, std::string_view field, const std::string& id,
                          std::string_view pronoun) {
    if (!out.wants(code::unknown_reference, Severity::error)) return;
    Diagnostic d = make_diagnostic(code::unknown_reference, Severity::error);
    MessageText text;
    append_lesson_at(text, m, index);
    append_dangling(text, verb, field, id, pronoun);
    d.span = m.when(index);
    add_lesson_refs(m, index, d);
    d.message = text.str();
    out.push_back(std::move(d));
  };
  if (info.course == kUnknown) report("is for", "course", p.course, "which");
  if (p.guardian && info.guardian == kUnknown) report("names", "guardian", *p.guardian, "who");
  std::unordered_set<std::string_view> reported;
  for (const std::string& id : p.resources) {
    if (m.resource_ids.contains(id) || !reported.insert(id).second) continue;
    report("needs", "resource", id, "which");
  }
}

}  // namespace

// The lesson's own references: its course, its guardian and its extra resources. The model
// already resolved course and guardian, so only the placement's resource ids are looked up.
void check_unknown_reference_in_lesson(const Model& m, int index, Out& out) {
  const Placement& p = m.placement(index);
  const LessonInfo& info = m.lessons[index];
  // Nearly every lesson names an existing course and nothing else of its own.
  if (info.course == kUnknown || (p.guardian && info.guardian == kUnknown) || !p.resources.empty()) {
    report_lesson(m, index, out);
  }
}

}  // namespace brightpath::detail
