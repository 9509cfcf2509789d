// Boost.JSON's implementation, compiled once for the whole program (header-only mode).
#include <boost/json/src.hpp>
