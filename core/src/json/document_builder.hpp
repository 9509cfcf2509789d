// Turning JSON text into a document's Values: Boost's parser checks the syntax, the depth
// and reads numbers; the values are built here.
#pragma once

#include <boost/json/error.hpp>
#include <boost/json/parse_options.hpp>
#include <string_view>

#include "json/document.hpp"
#include "json/document_arena.hpp"

namespace brightpath::json {

// The value of `text`, which must outlive it, as must `arena`: strings without escapes view
// the text, everything else is built in the arena. On a parse error `ec` is set and the
// value is null. `repeated` says whether some object had a key more than once; the object
// then keeps that key once, where it first appeared, with the value it had last, as
// Boost.JSON's DOM did (readers never see the repeat; the decoder reports it).
Value build_document(std::string_view text, DocumentArena& arena, const boost::json::parse_options& options,
                     bool& repeated, boost::json::error_code& ec);

}  // namespace brightpath::json
