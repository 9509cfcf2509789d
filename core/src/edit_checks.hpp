// What makes an edit impossible to apply (as opposed to allowed but producing diagnostics):
// naming a lesson or guardian that does not exist, or times outside a day. A parent may
// drag a lesson onto a Saturday (validation then says why that is a problem); they cannot
// make a lesson end at 25:00.
#pragma once

#include <string>

#include "brightpath/edit.hpp"
#include "model.hpp"

namespace brightpath::detail {

// Each returns "" when the edit can be applied, else a message for the caller.
std::string check_move(const Model& m, int lesson, const MoveLesson& e);
std::string check_resize(const Model& m, int lesson, const ResizeLesson& e);
std::string check_set_guardian(const Model& m, int lesson, const SetLessonGuardian& e);
std::string check_add(const Model& m, const AddLesson& e);
std::string check_set_availability(const Model& m, int guardian, const SetAvailability& e);

}  // namespace brightpath::detail
