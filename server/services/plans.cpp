#include "services/plans.hpp"

#include <brightpath/edit_json.hpp>
#include <brightpath/plan_json.hpp>
#include <brightpath/session.hpp>
#include <brightpath/validate.hpp>

#include <chrono>

#include "metrics.hpp"
#include "services/api_error.hpp"
#include "storage/plan_store.hpp"

namespace brightpath::server {
namespace {

constexpr std::size_t kMaxEditsPerSave = 1000;

PlanSummary summary_from(const storage::PlanRow& p) {
  return {p.id, p.name, p.version, p.created_at, p.updated_at, p.errors, p.warnings};
}

storage::NewVersion version_of(const Plan& plan, const std::vector<Diagnostic>& diagnostics, std::string source,
                               const Principal& who) {
  const auto counts = count_diagnostics(diagnostics);
  storage::NewVersion v;
  v.document = encode_plan(plan);
  v.diagnostics = encode_diagnostics(diagnostics);
  v.errors = counts.errors;
  v.warnings = counts.warnings;
  v.infos = counts.infos;
  v.source = std::move(source);
  v.author_id = who.account_id;
  return v;
}

// Decodes and validates with the core; a document the decoder refuses answers 422 with its
// JSON paths (prefixed with `path_prefix` when the plan sits inside a request body).
storage::NewVersion checked_version(std::string_view document, const std::string& path_prefix, std::string source,
                                    const Principal& who) {
  const auto started = std::chrono::steady_clock::now();
  Plan plan = decode_or_refuse(document, path_prefix);
  std::vector<Diagnostic> diagnostics = validate(plan);
  metrics().observe("brightpath_validation_duration_seconds", {},
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  return version_of(plan, diagnostics, std::move(source), who);
}

ApiError conflict(int current) {
  return ApiError(409, "version_conflict",
                  "the plan changed since version you edited; current version is " + std::to_string(current),
                  boost::json::object{{"current_version", current}});
}

}  // namespace

Plan decode_or_refuse(std::string_view document, const std::string& path_prefix) {
  Decoded<Plan> decoded = decode_plan(document);
  if (!decoded.ok()) {
    boost::json::array errors;
    for (const auto& e : decoded.errors) errors.push_back(boost::json::object{{"path", path_prefix + e.path}, {"message", e.message}});
    throw ApiError(422, "invalid_plan", "the plan document is not valid: " + decoded.errors.front().text(),
                   boost::json::object{{"errors", errors}});
  }
  return std::move(*decoded.value);
}

boost::json::object summary_json(const PlanSummary& p) {
  return {{"id", p.id}, {"name", p.name}, {"version", p.version}, {"created_at", p.created_at},
          {"updated_at", p.updated_at}, {"summary", {{"errors", p.errors}, {"warnings", p.warnings}}}};
}

PlanSummary PlanService::require_plan(const std::string& household_id, const std::string& plan_id) {
  if (!is_uuid(plan_id)) throw not_found();
  auto plan = pool_.with([&](storage::Connection& c) { return storage::find_plan(c, household_id, plan_id); });
  if (!plan) throw not_found();
  return summary_from(*plan);
}

SavedVersion PlanService::create(const Principal& who, const std::string& household_id, const std::string& name,
                                 std::string_view document) {
  households_.require(who, household_id, Role::guardian);
  storage::NewVersion first = checked_version(document, "/plan", "create", who);
  std::string id = pool_.transaction([&](storage::Connection& c) { return storage::insert_plan(c, household_id, name, first); });
  metrics().count("brightpath_plan_saves_total", {{"source", "create"}});
  return {id, 1, std::move(first.diagnostics)};
}

boost::json::array PlanService::list(const Principal& who, const std::string& household_id) {
  households_.require(who, household_id, Role::viewer);
  auto rows = pool_.with([&](storage::Connection& c) { return storage::plans_of(c, household_id); });
  boost::json::array out;
  for (const auto& p : rows) out.push_back(summary_json(summary_from(p)));
  return out;
}

PlanDocument PlanService::get(const Principal& who, const std::string& household_id, const std::string& plan_id,
                              std::optional<int> version) {
  households_.require(who, household_id, Role::viewer);
  PlanSummary plan = require_plan(household_id, plan_id);
  const int wanted = version.value_or(plan.version);
  auto row = pool_.with([&](storage::Connection& c) { return storage::find_version(c, plan_id, wanted); });
  if (!row) throw not_found();
  return {plan, wanted, std::move(row->document), std::move(row->diagnostics)};
}

PlanSummary PlanService::rename(const Principal& who, const std::string& household_id, const std::string& plan_id,
                                const std::string& name) {
  households_.require(who, household_id, Role::guardian);
  if (!is_uuid(plan_id)) throw not_found();
  bool found = pool_.with([&](storage::Connection& c) { return storage::rename_plan(c, household_id, plan_id, name); });
  if (!found) throw not_found();
  return require_plan(household_id, plan_id);
}

void PlanService::remove(const Principal& who, const std::string& household_id, const std::string& plan_id) {
  households_.require(who, household_id, Role::owner);
  if (!is_uuid(plan_id)) throw not_found();
  if (!pool_.with([&](storage::Connection& c) { return storage::delete_plan(c, household_id, plan_id); })) throw not_found();
}

namespace {
SavedVersion append(storage::Pool& pool, const std::string& household_id, const std::string& plan_id, int if_match,
                    storage::NewVersion next) {
  auto version = pool.with([&](storage::Connection& c) { return storage::append_version(c, household_id, plan_id, if_match, next); });
  if (!version) {
    auto current = pool.with([&](storage::Connection& c) { return storage::find_plan(c, household_id, plan_id); });
    if (!current) throw not_found();
    metrics().count("brightpath_plan_save_conflicts_total", {});
    throw conflict(current->version);
  }
  metrics().count("brightpath_plan_saves_total", {{"source", next.source}});
  return {plan_id, *version, std::move(next.diagnostics)};
}
}  // namespace

SavedVersion PlanService::save(const Principal& who, const std::string& household_id, const std::string& plan_id,
                               int if_match, std::string_view document, const char* source) {
  households_.require(who, household_id, Role::guardian);
  if (!is_uuid(plan_id)) throw not_found();
  return append(pool_, household_id, plan_id, if_match, checked_version(document, "", source, who));
}

SavedVersion PlanService::save_edits(const Principal& who, const std::string& household_id, const std::string& plan_id,
                                     int if_match, const boost::json::array& edits) {
  households_.require(who, household_id, Role::guardian);
  if (edits.empty() || edits.size() > kMaxEditsPerSave) {
    throw ApiError(400, "invalid_request", "edits: expected 1 to " + std::to_string(kMaxEditsPerSave) + " edit commands",
                   boost::json::object{{"field", "edits"}});
  }
  // Decode every command before touching the plan, so a bad one names its path.
  std::vector<Edit> decoded;
  decoded.reserve(edits.size());
  for (std::size_t i = 0; i < edits.size(); ++i) {
    Decoded<Edit> edit = decode_edit(boost::json::serialize(edits[i]));
    if (!edit.ok()) {
      boost::json::array errors;
      for (const auto& e : edit.errors) {
        errors.push_back(boost::json::object{{"path", "/edits/" + std::to_string(i) + e.path}, {"message", e.message}});
      }
      throw ApiError(422, "invalid_edit", "edit " + std::to_string(i) + " is not valid: " + edit.errors.front().text(),
                     boost::json::object{{"errors", errors}});
    }
    decoded.push_back(std::move(*edit.value));
  }
  if (!is_uuid(plan_id)) throw not_found();
  std::unique_ptr<ValidationSession> session = edit_sessions_.take(household_id + "/" + plan_id, if_match);
  if (!session) {
    PlanDocument base = get(who, household_id, plan_id);
    if (base.version != if_match) throw conflict(base.version);
    Decoded<Plan> plan = decode_plan(base.document);
    if (!plan.ok()) throw std::runtime_error("stored plan version does not decode: " + plan.errors.front().text());
    session = std::make_unique<ValidationSession>(*plan.value);
  }
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    const EditResult result = session->apply(decoded[i]);
    if (!result.ok()) {
      throw ApiError(422, "edit_rejected", "edit " + std::to_string(i) + " cannot be applied: " + result.error,
                     boost::json::object{{"index", i}, {"path", "/edits/" + std::to_string(i)}});
    }
  }
  SavedVersion saved =
      append(pool_, household_id, plan_id, if_match, version_of(session->plan(), session->diagnostics(), "edits", who));
  edit_sessions_.put(household_id + "/" + plan_id, saved.version, std::move(session));
  return saved;
}

SavedVersion PlanService::restore(const Principal& who, const std::string& household_id, const std::string& plan_id,
                                  int version, int if_match) {
  PlanDocument old = get(who, household_id, plan_id, version);
  households_.require(who, household_id, Role::guardian);
  // Re-checked by today's core: the stored diagnostics may predate a rule change.
  storage::NewVersion next = checked_version(old.document, "", "restore", who);
  next.restored_from = version;
  return append(pool_, household_id, plan_id, if_match, std::move(next));
}

boost::json::array PlanService::history(const Principal& who, const std::string& household_id, const std::string& plan_id) {
  households_.require(who, household_id, Role::viewer);
  require_plan(household_id, plan_id);
  auto rows = pool_.with([&](storage::Connection& c) { return storage::versions_of(c, plan_id); });
  boost::json::array out;
  for (const auto& v : rows) {
    boost::json::object entry{{"version", v.version},
                              {"source", v.source},
                              {"created_at", v.created_at},
                              {"digest", v.digest},
                              {"summary", {{"errors", v.errors}, {"warnings", v.warnings}, {"infos", v.infos}}}};
    entry["author"] = v.author_id ? boost::json::value(boost::json::object{{"account_id", *v.author_id},
                                                                           {"email", v.author_email.value_or("")}})
                                  : boost::json::value(nullptr);
    entry["restored_from"] = v.restored_from ? boost::json::value(*v.restored_from) : boost::json::value(nullptr);
    out.push_back(std::move(entry));
  }
  return out;
}

}  // namespace brightpath::server
