// Names in the solver's explanations, told apart: two children called Max become
// "Max (grade 3)" and "Max (grade 5)", or "Max (max-b)" by id when their grades do not
// differ. Validation's own messages name people as the rules' wording does.
#pragma once

#include <string>

#include "model.hpp"

namespace brightpath::solver {

std::string student_label(const detail::Model& m, int student);
std::string guardian_label(const detail::Model& m, int guardian);
std::string resource_label(const detail::Model& m, int resource);
// "Math for Ada", "Music for Max (grade 3) and Max (grade 5)".
std::string course_label(const detail::Model& m, int course);

}  // namespace brightpath::solver
