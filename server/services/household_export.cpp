#include "services/household_export.hpp"

#include <chrono>
#include <cstdio>

#include "storage/job_store.hpp"
#include "storage/plan_store.hpp"

namespace brightpath::server {

boost::json::object HouseholdExport::build(const Principal& who, const std::string& household_id) {
  households_.require(who, household_id, Role::owner);
  boost::json::object household = households_.get(who, household_id);
  boost::json::value members = household["members"];
  household.erase("members");
  household.erase("role");

  boost::json::array plans;
  pool_.with([&](storage::Connection& c) {
    for (const auto& p : storage::plans_of(c, household_id)) {
      boost::json::array versions;
      for (const auto& v : storage::versions_with_documents(c, p.id)) {
        versions.push_back(boost::json::object{
            {"version", v.version},
            {"source", v.source},
            {"created_at", v.created_at},
            {"author", v.author_email ? boost::json::value(*v.author_email) : nullptr},
            {"restored_from", v.restored_from ? boost::json::value(*v.restored_from) : nullptr},
            {"plan", boost::json::parse(v.document)},
            {"diagnostics", boost::json::parse(v.diagnostics)}});
      }
      plans.push_back(boost::json::object{{"id", p.id},
                                          {"name", p.name},
                                          {"current_version", p.version},
                                          {"created_at", p.created_at},
                                          {"versions", versions}});
    }
  });

  boost::json::array jobs = jobs_.list(who, household_id);
  for (auto& job : jobs) {
    auto& o = job.as_object();
    auto draft = pool_.with([&](storage::Connection& c) { return storage::job_draft(c, std::string(o["id"].as_string())); });
    if (draft) o["draft_plan"] = boost::json::parse(draft->document);
  }
  return {{"format", "brightpath-household-export"},
          {"version", 1},
          {"household", household},
          {"members", members},
          {"plans", plans},
          {"jobs", jobs}};
}

std::string export_file_name(std::string_view household_name, std::int64_t unix_seconds) {
  std::string slug;
  for (const char c : household_name) {
    const bool kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    const bool upper = c >= 'A' && c <= 'Z';
    if (kept || upper) {
      slug += upper ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!slug.empty() && slug.back() != '-') {
      slug += '-';
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "household";
  using namespace std::chrono;
  const year_month_day day{floor<days>(sys_seconds{seconds{unix_seconds}})};
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                static_cast<unsigned>(day.day()));
  return "brightpath-" + slug + "-" + date + ".json";
}

}  // namespace brightpath::server
