#include "storage/plan_store.hpp"

#include "storage/timestamps.hpp"

namespace brightpath::server::storage {
namespace {

// The digest of a document as stored (document_sha256); computed by PostgreSQL from the
// same text it stores, so the two cannot disagree.
std::string sha256_hex(std::string_view text_expression) {
  return "encode(sha256(convert_to(" + std::string(text_expression) + ", 'UTF8')), 'hex')";
}
// Rows written by the release before migration 0003 have no stored digest: compute theirs.
const std::string kDigestColumn = "coalesce(v.document_sha256, " + sha256_hex("v.document") + ")";

void insert_version(Connection& c, const std::string& plan_id, int version, const NewVersion& v) {
  c.exec(
      "INSERT INTO plan_versions (plan_id, version, document, diagnostics, errors, warnings, infos, source,"
      " restored_from, author_id, document_sha256) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, " +
          sha256_hex("$3::text") + ")",
      {plan_id, std::to_string(version), v.document, v.diagnostics, std::to_string(v.errors), std::to_string(v.warnings),
       std::to_string(v.infos), v.source, v.restored_from ? std::optional(std::to_string(*v.restored_from)) : std::nullopt,
       v.author_id});
}

const std::string kPlanColumns = "p.id, p.name, p.current_version, " + utc_text("p.created_at") + ", " + utc_text("p.updated_at") +
                                 ", v.errors, v.warnings";
const std::string kPlanJoin = " FROM plans p JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.current_version";

PlanRow plan_from(const Rows& r, std::size_t i) {
  return {r.text(i, 0), r.text(i, 1), static_cast<int>(r.integer(i, 2)), r.text(i, 3), r.text(i, 4),
          static_cast<int>(r.integer(i, 5)), static_cast<int>(r.integer(i, 6))};
}
}  // namespace

std::string insert_plan(Connection& c, const std::string& household_id, const std::string& name, const NewVersion& first) {
  std::string id =
      c.exec("INSERT INTO plans (household_id, name, current_version) VALUES ($1, $2, 1) RETURNING id", {household_id, name})
          .text(0, 0);
  insert_version(c, id, 1, first);
  return id;
}

std::vector<PlanRow> plans_of(Connection& c, const std::string& household_id) {
  Rows r = c.exec("SELECT " + kPlanColumns + kPlanJoin + " WHERE p.household_id = $1 ORDER BY p.created_at, p.id",
                  {household_id});
  std::vector<PlanRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(plan_from(r, i));
  return out;
}

std::optional<PlanRow> find_plan(Connection& c, const std::string& household_id, const std::string& plan_id) {
  Rows r = c.exec("SELECT " + kPlanColumns + kPlanJoin + " WHERE p.household_id = $1 AND p.id = $2",
                  {household_id, plan_id});
  if (r.empty()) return std::nullopt;
  return plan_from(r, 0);
}

bool rename_plan(Connection& c, const std::string& household_id, const std::string& plan_id, const std::string& name) {
  return !c.exec("UPDATE plans SET name = $3, updated_at = now() WHERE household_id = $1 AND id = $2 RETURNING id",
                 {household_id, plan_id, name})
              .empty();
}

bool delete_plan(Connection& c, const std::string& household_id, const std::string& plan_id) {
  return !c.exec("DELETE FROM plans WHERE household_id = $1 AND id = $2 RETURNING id", {household_id, plan_id}).empty();
}

std::optional<int> append_version(Connection& c, const std::string& household_id, const std::string& plan_id,
                                  int expected_version, const NewVersion& v) {
  // One statement, so one round trip: the conditional UPDATE is the concurrency check. Of
  // many saves from the same version exactly one finds current_version still equal and
  // moves it; row locking makes the others wait, re-check, match nothing and insert nothing.
  Rows r = c.exec(
      "WITH moved AS ("
      "  UPDATE plans SET current_version = current_version + 1, updated_at = now()"
      "  WHERE household_id = $1 AND id = $2 AND current_version = $3 RETURNING id, current_version)"
      " INSERT INTO plan_versions (plan_id, version, document, diagnostics, errors, warnings, infos, source,"
      "                            restored_from, author_id, document_sha256)"
      " SELECT id, current_version, $4, $5, $6, $7, $8, $9, $10, $11, " +
          sha256_hex("$4::text") + " FROM moved RETURNING version",
      {household_id, plan_id, std::to_string(expected_version), v.document, v.diagnostics, std::to_string(v.errors),
       std::to_string(v.warnings), std::to_string(v.infos), v.source,
       v.restored_from ? std::optional(std::to_string(*v.restored_from)) : std::nullopt, v.author_id});
  if (r.empty()) return std::nullopt;
  return static_cast<int>(r.integer(0, 0));
}

namespace {
VersionRow version_from(const Rows& r, std::size_t i) {
  VersionRow v;
  v.version = static_cast<int>(r.integer(i, 0));
  v.document = r.optional_text(i, 1).value_or("");
  v.diagnostics = r.optional_text(i, 2).value_or("");
  v.errors = static_cast<int>(r.integer(i, 3));
  v.warnings = static_cast<int>(r.integer(i, 4));
  v.infos = static_cast<int>(r.integer(i, 5));
  v.source = r.text(i, 6);
  if (!r.is_null(i, 7)) v.restored_from = static_cast<int>(r.integer(i, 7));
  v.author_id = r.optional_text(i, 8);
  v.author_email = r.optional_text(i, 9);
  v.created_at = r.text(i, 10);
  v.digest = r.text(i, 11);
  return v;
}
}  // namespace

std::vector<VersionRow> versions_of(Connection& c, const std::string& plan_id) {
  Rows r = c.exec(
      "SELECT v.version, NULL, NULL, v.errors, v.warnings, v.infos, v.source, v.restored_from, v.author_id, a.email, " +
          utc_text("v.created_at") + ", " + kDigestColumn +
          " FROM plan_versions v LEFT JOIN accounts a ON a.id = v.author_id WHERE v.plan_id = $1 ORDER BY v.version DESC",
      {plan_id});
  std::vector<VersionRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(version_from(r, i));
  return out;
}

std::vector<VersionRow> versions_with_documents(Connection& c, const std::string& plan_id) {
  Rows r = c.exec(
      "SELECT v.version, v.document, v.diagnostics, v.errors, v.warnings, v.infos, v.source, v.restored_from,"
      " v.author_id, a.email, " +
          utc_text("v.created_at") + ", " + kDigestColumn +
          " FROM plan_versions v LEFT JOIN accounts a ON a.id = v.author_id WHERE v.plan_id = $1 ORDER BY v.version",
      {plan_id});
  std::vector<VersionRow> out;
  for (std::size_t i = 0; i < r.size(); ++i) out.push_back(version_from(r, i));
  return out;
}

std::optional<VersionRow> find_version(Connection& c, const std::string& plan_id, int version) {
  Rows r = c.exec(
      "SELECT v.version, v.document, v.diagnostics, v.errors, v.warnings, v.infos, v.source, v.restored_from,"
      " v.author_id, a.email, " +
          utc_text("v.created_at") + ", " + kDigestColumn +
          " FROM plan_versions v LEFT JOIN accounts a ON a.id = v.author_id WHERE v.plan_id = $1 AND v.version = $2",
      {plan_id, std::to_string(version)});
  if (r.empty()) return std::nullopt;
  return version_from(r, 0);
}

}  // namespace brightpath::server::storage
