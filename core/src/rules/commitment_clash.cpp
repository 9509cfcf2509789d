// Lessons do not clash with fixed commitments (co-op, an outside piano lesson). A commitment
// clashes with a lesson when, on the same day and at an overlapping time, it occupies one of
// the lesson's children, its teacher or one of its resources. One diagnostic per lesson,
// naming the first kNamedCommitments it clashes with and everyone and everything booked
// twice by each; its span runs from the first to the last minute of a clash.
#include <algorithm>

#include "rules.hpp"
#include "wording.hpp"

namespace brightpath::detail {
namespace {

constexpr std::size_t kNamedCommitments = 3;

bool lists(const std::vector<int>& commitments, int k) {
  return std::find(commitments.begin(), commitments.end(), k) != commitments.end();
}

// Out of line: see rules.hpp.
[[gnu::noinline]] void report(const Model& m, int index, Out& out) {
  if (!out.wants(code::commitment_clash, Severity::error)) return;
  const LessonInfo& info = m.lessons[index];
  const DaySpan when = m.when(index);
  const auto& students = m.students_of(index);
  const auto slot = [&when](int entity) { return entity * kDaysPerWeek + when.day; };

  // Candidate commitments: those on this day for any of the lesson's people and things.
  std::vector<int> candidates;
  const auto collect = [&](const std::vector<int>& ks) {
    for (const int k : ks) {
      if (m.plan.commitments[k].when.time.overlaps(when.time)) candidates.push_back(k);
    }
  };
  for (const int s : students) collect(m.commitments_by_student_day[slot(s)]);
  if (info.guardian >= 0) collect(m.commitments_by_guardian_day[slot(info.guardian)]);
  for (const int r : info.resources) collect(m.commitments_by_resource_day[slot(r)]);
  if (candidates.empty()) return;
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // One diagnostic for the lesson, naming the first few commitments it clashes with (a lesson
  // under thousands of overlapping commitments is one finding, not thousands).
  Diagnostic d = make_diagnostic(code::commitment_clash, Severity::error);
  MessageText text;
  TimeSpan clash{kMinutesPerDay, 0};  // from the first to the last minute of a clash
  append_lesson_at(text, m, index);
  const std::size_t named = std::min(candidates.size(), kNamedCommitments);
  for (std::size_t j = 0; j < named; ++j) {
    const int k = candidates[j];
    const Commitment& c = m.plan.commitments[k];
    text += j == 0 ? " clashes with " : "; with ";
    text += c.name;
    text += " (";
    append_span(text, c.when);
    text += "), which also needs ";
    // Who and what is booked twice: children, then the teacher, then things.
    std::vector<std::string_view> people;
    for (const int s : students) {
      if (lists(m.commitments_by_student_day[slot(s)], k)) people.push_back(m.plan.students[s].name);
    }
    if (info.guardian >= 0 && lists(m.commitments_by_guardian_day[slot(info.guardian)], k)) {
      people.push_back(m.plan.guardians[info.guardian].name);
    }
    std::vector<int> things;
    for (const int r : info.resources) {
      if (lists(m.commitments_by_resource_day[slot(r)], k)) things.push_back(r);
    }
    const std::size_t n = people.size() + things.size();
    std::size_t i = 0;
    for (const std::string_view name : people) {
      append_list_separator(text, i++, n);
      text += name;
    }
    for (const int r : things) {
      append_list_separator(text, i++, n);
      append_resource_label(text, m, r);
    }
  }
  if (named < candidates.size()) {
    text += "; and with ";
    append_count(text, static_cast<int>(candidates.size() - named), "more commitment", "more commitments");
  }
  text += '.';
  for (const int k : candidates) {
    clash.start = std::min(clash.start, std::max(when.time.start, m.plan.commitments[k].when.time.start));
    clash.end = std::max(clash.end, std::min(when.time.end, m.plan.commitments[k].when.time.end));
  }
  d.span = DaySpan{when.day, clash};
  add_lesson_refs(m, index, d);
  for (const int k : candidates) d.refs.push_back({RefKind::commitment, m.plan.commitments[k].id});
  d.message = text.str();
  out.push_back(std::move(d));
}

}  // namespace

void check_commitment_clash(const Model& m, int index, Out& out) {
  // Most lessons meet no commitment at all: first whether the day has commitments at that
  // time, then whether one of them is the lesson's people's or things', before collecting
  // and naming them.
  const DaySpan when = m.when(index);
  if (when.day >= 0 && when.day < kDaysPerWeek) {
    const auto& hours = m.commitment_hours[when.day];
    if (!hours || !hours->overlaps(when.time)) return;
  }
  const LessonInfo& info = m.lessons[index];
  const auto slot = [&when](int entity) { return entity * kDaysPerWeek + when.day; };
  const auto overlaps = [&](const std::vector<int>& ks) {
    return std::any_of(ks.begin(), ks.end(),
                       [&](int k) { return m.plan.commitments[k].when.time.overlaps(when.time); });
  };
  bool any = info.guardian >= 0 && overlaps(m.commitments_by_guardian_day[slot(info.guardian)]);
  for (const int s : m.students_of(index)) any = any || overlaps(m.commitments_by_student_day[slot(s)]);
  for (const int r : info.resources) any = any || overlaps(m.commitments_by_resource_day[slot(r)]);
  if (any) report(m, index, out);
}

}  // namespace brightpath::detail
