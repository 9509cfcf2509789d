#include "generate/catalog.hpp"

#include <array>

namespace brightpath::generate {
namespace {

using namespace std::string_view_literals;

constexpr std::array kMath = {"Arithmetic"sv, "Fractions"sv, "Pre-algebra"sv, "Algebra"sv,
                              "Geometry"sv, "Statistics"sv};
constexpr std::array kScience = {"Life science"sv, "Earth science"sv, "Chemistry"sv,
                                 "Physics"sv, "Biology"sv};
constexpr std::array kLanguageArts = {"Writing workshop"sv, "Literature"sv, "Grammar"sv,
                                      "Poetry"sv, "Public speaking"sv};
constexpr std::array kHistory = {"World history"sv, "American history"sv, "Geography"sv,
                                 "Civics"sv};
constexpr std::array kLanguages = {"Spanish"sv, "Latin"sv, "French"sv, "Sign language"sv};
constexpr std::array kArt = {"Drawing"sv, "Painting"sv, "Pottery"sv, "Crafts"sv};
constexpr std::array kMusic = {"Choir"sv, "Recorder"sv, "Music theory"sv, "Band"sv};
constexpr std::array kMovement = {"PE"sv, "Dance"sv, "Team games"sv};
constexpr std::array kTechnology = {"Coding"sv, "Typing"sv, "Robotics"sv};
constexpr std::array kHome = {"Cooking"sv, "Sewing"sv};

constexpr std::array kClassAreas = {
    SubjectArea{kMath, RoomKind::none, Category::core, true},
    SubjectArea{kScience, RoomKind::science_lab, Category::core, false},
    SubjectArea{kLanguageArts, RoomKind::none, Category::core, false},
    SubjectArea{kHistory, RoomKind::none, Category::core, false},
    SubjectArea{kLanguages, RoomKind::none, Category::core, false},
    SubjectArea{kArt, RoomKind::art_room, Category::elective, false},
    SubjectArea{kMusic, RoomKind::music_room, Category::elective, false},
    SubjectArea{kMovement, RoomKind::gym, Category::elective, false},
    SubjectArea{kTechnology, RoomKind::computer_room, Category::elective, false},
    SubjectArea{kHome, RoomKind::kitchen, Category::elective, false},
};

constexpr std::array kMathPractice = {"Math practice"sv};
constexpr std::array kReading = {"Independent reading"sv, "Reading log"sv};
constexpr std::array kWriting = {"Journal"sv, "Copywork"sv, "Spelling practice"sv};
constexpr std::array kResearch = {"Research project"sv};
constexpr std::array kPractice = {"Instrument practice"sv, "Language app"sv};

constexpr std::array kStudyAreas = {
    SubjectArea{kMathPractice, RoomKind::none, Category::core, true},
    SubjectArea{kReading, RoomKind::none, Category::core, false},
    SubjectArea{kWriting, RoomKind::none, Category::core, false},
    SubjectArea{kResearch, RoomKind::library, Category::core, false},
    SubjectArea{kPractice, RoomKind::none, Category::elective, false},
};

constexpr std::array kAdults = {
    "Anna"sv,  "Ben"sv,    "Carmen"sv, "David"sv,  "Elena"sv,  "Frank"sv,  "Grace"sv,
    "Hannah"sv, "Isaac"sv, "Julia"sv,  "Karen"sv,  "Luis"sv,   "Maria"sv,  "Nora"sv,
    "Omar"sv,  "Paula"sv,  "Rachel"sv, "Sam"sv,    "Tessa"sv,  "Victor"sv, "Wendy"sv,
    "Yusuf"sv, "Zoe"sv,    "Priya"sv,  "Mei"sv,    "Kofi"sv,   "Ingrid"sv, "Tom"sv};
constexpr std::array kInitials = {"A."sv, "B."sv, "C."sv, "D."sv, "E."sv, "F."sv, "G."sv,
                                  "H."sv, "J."sv, "K."sv, "L."sv, "M."sv, "N."sv, "O."sv,
                                  "P."sv, "R."sv, "S."sv, "T."sv, "V."sv, "W."sv};
constexpr std::array kChildren = {
    "Ada"sv,   "Bea"sv,   "Cal"sv,   "Dot"sv,   "Eli"sv,   "Finn"sv,  "Gus"sv,   "Hazel"sv,
    "Ivy"sv,   "Jude"sv,  "Kit"sv,   "Leo"sv,   "Max"sv,   "Nell"sv,  "Otto"sv,  "Pip"sv,
    "Quinn"sv, "Rosa"sv,  "Sol"sv,   "Tess"sv,  "Uma"sv,   "Vic"sv,   "Wren"sv,  "Xavi"sv,
    "Yara"sv,  "Zeke"sv,  "Mila"sv,  "Noah"sv,  "Lily"sv,  "Theo"sv,  "Ruby"sv,  "Sami"sv};

constexpr std::array kRoomNames = {"Science lab"sv, "Computer room"sv, "Art room"sv,
                                   "Music room"sv, "Gym"sv,           "Kitchen"sv,
                                   "Library"sv};
constexpr std::array kGrades = {"K"sv, "1"sv, "2"sv, "3"sv, "4"sv,  "5"sv,  "6"sv,
                                "7"sv, "8"sv, "9"sv, "10"sv, "11"sv, "12"sv};
constexpr std::array kBandFirstGrade = {0, 3, 6, 9};
constexpr std::array kBandGrades = {3, 3, 3, 4};

}  // namespace

std::string_view room_name(RoomKind kind) { return kRoomNames[static_cast<std::size_t>(kind)]; }
int room_capacity(RoomKind kind) { return kind == RoomKind::library ? 4 : 1; }

std::string_view band_grade(int band, int pick) {
  const auto b = static_cast<std::size_t>(band);
  return kGrades[static_cast<std::size_t>(kBandFirstGrade[b] + pick % kBandGrades[b])];
}

std::span<const SubjectArea> class_areas() { return kClassAreas; }
std::span<const SubjectArea> study_areas() { return kStudyAreas; }
std::span<const std::string_view> adult_first_names() { return kAdults; }
std::span<const std::string_view> family_initials() { return kInitials; }
std::span<const std::string_view> child_names() { return kChildren; }

}  // namespace brightpath::generate
