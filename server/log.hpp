// One JSON object per line on standard output: the request log and server events.
#pragma once

#include <boost/json.hpp>

namespace brightpath::server {

void log_line(boost::json::object fields);  // adds "time" (UTC, ms) and writes one line
void log_event(const char* level, const std::string& message);

}  // namespace brightpath::server
