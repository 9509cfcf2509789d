// Plans and their versions. Saving is authoritative: the server decodes and validates every
// document with the core and stores its own diagnostics. Saves name the version they were
// made from (If-Match); a stale one is refused with the current version, never merged.
#pragma once

#include <boost/json.hpp>
#include <brightpath/plan.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "services/edit_sessions.hpp"
#include "services/households.hpp"
#include "services/principal.hpp"
#include "storage/database.hpp"

namespace brightpath::server {

struct PlanSummary {
  std::string id;
  std::string name;
  int version = 0;
  std::string created_at;
  std::string updated_at;
  int errors = 0;
  int warnings = 0;
};

struct PlanDocument {  // one version with its document and diagnostics (JSON texts)
  PlanSummary plan;
  int version = 0;
  std::string document;
  std::string diagnostics;
};

struct SavedVersion {
  std::string plan_id;
  int version = 0;
  std::string diagnostics;  // JSON text
};

class PlanService {
 public:
  PlanService(storage::Pool& pool, HouseholdService& households, std::size_t cached_edit_sessions)
      : pool_(pool), households_(households), edit_sessions_(cached_edit_sessions) {}

  SavedVersion create(const Principal& who, const std::string& household_id, const std::string& name,
                      std::string_view document);
  boost::json::array list(const Principal& who, const std::string& household_id);
  PlanDocument get(const Principal& who, const std::string& household_id, const std::string& plan_id,
                   std::optional<int> version = std::nullopt);
  PlanSummary rename(const Principal& who, const std::string& household_id, const std::string& plan_id,
                     const std::string& name);
  void remove(const Principal& who, const std::string& household_id, const std::string& plan_id);

  // `source` is how the version was made, as the history shows it: "save", or "solve" for
  // an accepted solver draft.
  SavedVersion save(const Principal& who, const std::string& household_id, const std::string& plan_id,
                    int if_match, std::string_view document, const char* source = "save");
  // `edits` is a JSON array of edit commands (docs/diagnostics-json.md), applied in order to
  // version `if_match` through the core's ValidationSession.
  SavedVersion save_edits(const Principal& who, const std::string& household_id, const std::string& plan_id,
                          int if_match, const boost::json::array& edits);
  SavedVersion restore(const Principal& who, const std::string& household_id, const std::string& plan_id,
                       int version, int if_match);
  boost::json::array history(const Principal& who, const std::string& household_id, const std::string& plan_id);

 private:
  PlanSummary require_plan(const std::string& household_id, const std::string& plan_id);

  storage::Pool& pool_;
  HouseholdService& households_;
  EditSessions edit_sessions_;
};

boost::json::object summary_json(const PlanSummary& plan);

// The core's decoder, or ApiError 422 `invalid_plan` listing its errors (JSON paths
// prefixed with `path_prefix` when the plan sits inside a request body).
Plan decode_or_refuse(std::string_view document, const std::string& path_prefix = "");

}  // namespace brightpath::server
