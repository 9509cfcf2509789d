// SQL of plans and their versions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "storage/database.hpp"

namespace brightpath::server::storage {

struct PlanRow {
  std::string id;
  std::string name;
  int version = 0;
  std::string created_at;
  std::string updated_at;
  int errors = 0;  // of the current version
  int warnings = 0;
};

struct NewVersion {
  std::string document;     // canonical plan JSON
  std::string diagnostics;  // the server's own diagnostics JSON
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  std::string source;  // create | save | edits | restore
  std::optional<int> restored_from;
  std::string author_id;
};

struct VersionRow {
  int version = 0;
  std::string document;
  std::string diagnostics;
  int errors = 0;
  int warnings = 0;
  int infos = 0;
  std::string source;
  std::optional<int> restored_from;
  std::optional<std::string> author_id;
  std::optional<std::string> author_email;  // null once the author's account is deleted
  std::string created_at;
  std::string digest;  // SHA-256 of `document` as stored, lowercase hex
};

std::string insert_plan(Connection& c, const std::string& household_id, const std::string& name, const NewVersion& first);
std::vector<PlanRow> plans_of(Connection& c, const std::string& household_id);
std::optional<PlanRow> find_plan(Connection& c, const std::string& household_id, const std::string& plan_id);
bool rename_plan(Connection& c, const std::string& household_id, const std::string& plan_id, const std::string& name);
bool delete_plan(Connection& c, const std::string& household_id, const std::string& plan_id);

// Moves the plan from `expected_version` to the next one and stores it, atomically (one
// statement). nullopt when the plan is not at `expected_version` (a concurrent save
// won) or does not exist; the caller tells the two apart with find_plan.
std::optional<int> append_version(Connection& c, const std::string& household_id, const std::string& plan_id,
                                  int expected_version, const NewVersion& next);

// The history, newest first, without documents and diagnostics.
std::vector<VersionRow> versions_of(Connection& c, const std::string& plan_id);
// Every version with its document and diagnostics, oldest first (the household export).
std::vector<VersionRow> versions_with_documents(Connection& c, const std::string& plan_id);
std::optional<VersionRow> find_version(Connection& c, const std::string& plan_id, int version);

}  // namespace brightpath::server::storage
