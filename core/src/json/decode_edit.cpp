// Edit commands (docs/diagnostics-json.md): one object with an "op" and that op's members,
// read with the same value readers and error style as plan documents.

#include "brightpath/edit_json.hpp"
#include "json/json_reader.hpp"
#include "json/parse_document.hpp"
#include "json/read_placement.hpp"
#include "json/read_values.hpp"

namespace brightpath {
namespace json {
namespace {

constexpr std::string_view kOps =
    "\"move\", \"resize\", \"add\", \"remove\", \"set-guardian\", \"set-availability\"";

void read_move(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "lesson", "day", "start"});
  auto lesson = f.required("lesson", [&](const auto& x) { return read_id(r, x, limits); });
  const auto day = f.required("day", [&](const auto& x) { return read_day(r, x); });
  const auto start = f.required("start", [&](const auto& x) { return read_clock(r, x); });
  if (lesson && day && start) out.emplace(MoveLesson{std::move(*lesson), *day, *start});
}

void read_resize(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "lesson", "duration"});
  auto lesson = f.required("lesson", [&](const auto& x) { return read_id(r, x, limits); });
  const auto duration = f.required("duration", [&](const auto& x) { return r.integer(x, 1, kMinutesPerDay); });
  if (lesson && duration) out.emplace(ResizeLesson{std::move(*lesson), *duration});
}

void read_add(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "lesson"});
  auto lesson = f.required("lesson", [&](const auto& x) { return read_placement(r, x, limits); });
  if (lesson) out.emplace(AddLesson{std::move(*lesson)});
}

void read_remove(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "lesson"});
  auto lesson = f.required("lesson", [&](const auto& x) { return read_id(r, x, limits); });
  if (lesson) out.emplace(RemoveLesson{std::move(*lesson)});
}

void read_set_guardian(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "lesson", "guardian"});
  auto lesson = f.required("lesson", [&](const auto& x) { return read_id(r, x, limits); });
  // null and absent both mean "no guardian on the lesson": JS callers pass either naturally.
  const auto* guardian = f.find("guardian");
  std::optional<std::string> id;
  if (guardian != nullptr && !guardian->is_null()) {
    auto step = r.at("guardian");
    id = read_id(r, *guardian, limits);
  }
  if (lesson) out.emplace(SetLessonGuardian{std::move(*lesson), std::move(id)});
}

void read_set_availability(JsonReader& r, Object o, const PlanLimits& limits, std::optional<Edit>& out) {
  ObjectReader f(r, o, {"op", "guardian", "availability"});
  auto guardian = f.required("guardian", [&](const auto& x) { return read_id(r, x, limits); });
  auto windows = f.required("availability", [&](const auto& x) { return read_windows(r, x, limits); });
  if (guardian && windows) out.emplace(SetAvailability{std::move(*guardian), std::move(*windows)});
}

// Each reader builds the edit in place in `out`: moving a std::variant, or destroying a
// moved-from one, goes through a table of function pointers under libc++ (the WebAssembly
// build's), an indirect call each time.
void read_edit(JsonReader& r, const Value& v, const PlanLimits& limits, std::optional<Edit>& out) {
  const auto o = r.object(v);
  if (!o) return;
  const Value* op = find_member(*o, "op");
  if (op == nullptr) {
    r.fail("missing required field \"op\"; expected one of " + std::string(kOps));
    return;
  }
  using Reader = void (*)(JsonReader&, Object, const PlanLimits&, std::optional<Edit>&);
  Reader read = nullptr;
  {
    auto step = r.at("op");
    const auto name = r.string(*op);
    if (!name) return;
    if (*name == "move") read = read_move;
    if (*name == "resize") read = read_resize;
    if (*name == "add") read = read_add;
    if (*name == "remove") read = read_remove;
    if (*name == "set-guardian") read = read_set_guardian;
    if (*name == "set-availability") read = read_set_availability;
    if (read == nullptr) {
      r.fail(describe(*op) + " is not one of " + std::string(kOps));
      return;
    }
  }
  read(r, *o, limits, out);
}

}  // namespace
}  // namespace json

Decoded<Edit> decode_edit(std::string_view text) {
  const PlanLimits limits;
  Decoded<Edit> out;
  json::JsonReader reader;
  json::DocumentArena arena;
  if (auto document = json::parse_document(reader, text, limits, arena)) {
    json::read_edit(reader, *document, limits, out.value);
    if (reader.failed()) out.value.reset();
  }
  out.errors = reader.take_errors();
  return out;
}

}  // namespace brightpath
