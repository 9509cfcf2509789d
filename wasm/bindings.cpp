// The JavaScript <-> WebAssembly boundary of @brightpath/core.
//
// Coarse on purpose (docs/wasm.md): whole JSON documents in, JSON text out, so a drag in
// the week grid costs one call and one JSON.parse, not thousands of getter calls. The thin
// wrapper in js/index.js turns the text into objects and errors into JS exceptions.
//
// Nothing here lets a C++ exception or a bad input escape to JavaScript: every entry point
// returns a status saying whether the answer is the JSON asked for, the decoder's errors
// ({"errors":[{"path","message"}]}) or an internal failure ({"message"}).
//
// Text crosses as UTF-8 bytes in WebAssembly memory, with no conversion by embind (whose
// std::string conversion walks every byte in JS; on a drag in the week grid the conversions
// cost as much as the edit): the wrapper encodes a document straight into the buffer
// input_buffer() returns and passes its length; an answer stays in a C++ string whose
// address and length the wrapper reads from the `Answer` at answer_address() and decodes
// at once (valid until the next call).
#include <emscripten/bind.h>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "brightpath/edit_json.hpp"
#include "brightpath/plan_json.hpp"
#include "brightpath/session.hpp"
#include "brightpath/solve.hpp"
#include "brightpath/solve_json.hpp"
#include "brightpath/validate.hpp"

namespace {

using namespace brightpath;

// Mirrored as constants in js/index.js.
enum Status : int { kOk = 0, kInvalidInput = 1, kInternalError = 2 };

// The text is always pure ASCII, as everything the core's one JSON writer writes is: the
// wrapper reads it as Latin-1 under Node, which turns it into a string faster than UTF-8.
struct Outcome {
  int status = kOk;
  std::string json;
};

// Where the last answer's bytes are, for the wrapper to read from memory.
struct Answer {
  std::uint32_t data = 0;
  std::uint32_t size = 0;
};
Answer answer;

// The module is single-threaded, and every entry point reads the document it is given
// before it can call back into JS (solve's progress), so one input buffer serves all.
std::string input;

// 0 when there is no memory for it (the wrapper throws BrightPathError then): an exception
// must not reach JavaScript. The wrapper never asks for more than the document limit.
std::uintptr_t input_buffer(std::size_t size) {
  try {
    input.resize(size);
  } catch (const std::exception&) {
    return 0;
  }
  return reinterpret_cast<std::uintptr_t>(input.data());
}

std::uintptr_t answer_address() { return reinterpret_cast<std::uintptr_t>(&answer); }

std::string_view document(std::size_t length) { return {input.data(), std::min(length, input.size())}; }

// Publishes `outcome`: `held` keeps the bytes alive until the next call that reuses it,
// which is after the wrapper has decoded them.
int publish(Outcome&& outcome, std::string& held) {
  held = std::move(outcome.json);
  answer = {static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(held.data())),
            static_cast<std::uint32_t>(held.size())};
  return outcome.status;
}

std::string validate_output;  // held by validate(); the module is single-threaded

Outcome invalid(const std::vector<DecodeError>& errors) { return {kInvalidInput, encode_decode_errors(errors)}; }

Outcome internal_error(const char* what) { return {kInternalError, encode_error_message(what)}; }

// Runs `body` and turns any C++ exception (a bug or std::bad_alloc) into an Outcome, so
// the module stays usable and JS gets an Error instead of an opaque WebAssembly.Exception.
template <class Body>
Outcome guarded(Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return internal_error("out of memory: the WebAssembly heap cannot grow any further (std::bad_alloc)");
  } catch (const std::exception& e) {
    return internal_error(e.what());
  } catch (...) {
    return internal_error("unknown C++ exception");
  }
}

int validate_plan(std::size_t length) {
  Outcome outcome = guarded([&]() -> Outcome {
    Decoded<Plan> decoded = decode_plan(document(length));
    if (!decoded.ok()) return invalid(decoded.errors);
    return {kOk, encode_diagnostics(validate(*decoded.value))};
  });
  return publish(std::move(outcome), validate_output);
}

// The options arrive as plain numbers: the JS wrapper checks them (one place for the
// messages) and keeps the user's progress callback from throwing through C++ frames.
// `on_progress` gets {phase, work, elapsedMs, iterations, unplaced, bestSoft, improvements} and returns
// false to stop. Runs to completion on the calling thread: call it from a Web Worker.
int solve_plan(std::size_t length, double time_budget_ms, double seed, bool move_all, double max_iterations,
               double stall_iterations, emscripten::val on_progress) {
  Outcome outcome = guarded([&]() -> Outcome {
    Decoded<Plan> decoded = decode_plan(document(length));
    if (!decoded.ok()) return invalid(decoded.errors);
    SolveOptions options;
    options.time_budget_ms = static_cast<int>(time_budget_ms);
    options.seed = static_cast<std::uint64_t>(seed);
    options.may_move = move_all ? MoveScope::all_unlocked : MoveScope::unplaced_only;
    options.max_iterations = static_cast<std::int64_t>(max_iterations);
    options.stall_iterations = static_cast<std::int64_t>(stall_iterations);
    if (!on_progress.isUndefined()) {
      options.on_progress = [&on_progress](const SolveProgress& p) {
        emscripten::val info = emscripten::val::object();
        info.set("phase", std::string(solve_phase_name(p.phase)));
        info.set("work", static_cast<double>(p.work));
        info.set("elapsedMs", p.elapsed_ms);
        info.set("iterations", static_cast<double>(p.iterations));
        info.set("unplaced", p.unplaced);
        info.set("bestSoft", static_cast<double>(p.best_soft));
        info.set("improvements", static_cast<double>(p.improvements));
        return !on_progress(info).strictlyEquals(emscripten::val(false));
      };
    }
    return {kOk, encode_solve_result(solve(*decoded.value, options))};
  });
  return publish(std::move(outcome), validate_output);
}

// A live-editing session. JS owns each instance and must delete() it; the wrapper's
// dispose() and a FinalizationRegistry see to that.
class Session {
 public:
  // Never fails: a plan that does not decode leaves the session closed and opened()
  // reports why, because an exception thrown from an embind constructor would leak.
  explicit Session(std::size_t length)
      : opened_(guarded([&]() -> Outcome {
          Decoded<Plan> decoded = decode_plan(document(length));
          if (!decoded.ok()) return invalid(decoded.errors);
          session_.emplace(*decoded.value);
          return {};
        })) {}

  int opened() { return publish(Outcome(opened_), output_); }

  int apply(std::size_t length) {
    return respond([&]() -> Outcome {
      Decoded<Edit> edit = decode_edit(document(length));
      if (!edit.ok()) return invalid(edit.errors);
      return {kOk, encode_edit_result(session_->apply(*edit.value))};
    });
  }

  int diagnostics() {
    return respond([&]() -> Outcome { return {kOk, encode_diagnostics(session_->diagnostics())}; });
  }

  int plan() {
    return respond([&]() -> Outcome { return {kOk, encode_plan(session_->plan())}; });
  }

  [[nodiscard]] DiagnosticCounts counts() const { return session_ ? session_->counts() : DiagnosticCounts{}; }

 private:
  template <class Body>
  int respond(Body&& body) {
    if (!session_) return publish(internal_error("the session has no plan"), output_);
    return publish(guarded(std::forward<Body>(body)), output_);
  }

  std::optional<ValidationSession> session_;
  Outcome opened_;      // after session_: its initializer fills session_
  std::string output_;  // the bytes of this session's last answer
};

}  // namespace

EMSCRIPTEN_BINDINGS(brightpath_core) {
  using emscripten::class_;
  using emscripten::constructor;
  using emscripten::function;
  using emscripten::value_object;

  value_object<DiagnosticCounts>("DiagnosticCounts")
      .field("errors", &DiagnosticCounts::errors)
      .field("warnings", &DiagnosticCounts::warnings)
      .field("infos", &DiagnosticCounts::infos);

  function("inputBuffer", &input_buffer);
  function("answerAddress", &answer_address);
  function("validate", &validate_plan);
  function("ruleCatalogue", +[]() { return encode_rule_catalogue(rule_catalogue()); });
  function("solve", &solve_plan);
  emscripten::constant("planVersion", kPlanVersion);
  // The wrapper refuses bigger documents before copying them into the module's memory.
  // Plans and edits share the limit: decode_edit() reads with the default PlanLimits too.
  emscripten::constant("maxDocumentBytes", static_cast<double>(PlanLimits{}.max_document_bytes));

  class_<Session>("Session")
      .constructor<std::size_t>()
      .function("opened", &Session::opened)
      .function("apply", &Session::apply)
      .function("diagnostics", &Session::diagnostics)
      .function("plan", &Session::plan)
      .function("counts", &Session::counts);
}
