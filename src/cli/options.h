// The `loom` command line as a pure function: ParseCommandLine() turns argc/argv into what main() should do
// (run something, print the help or the version, or fail with a message and an exit code) without touching
// the engine, the process or its output streams. Keeping it free of side effects is what lets the unit tests
// (test/unit/cli_options_test.cc) and the fuzz target (test/fuzz/fuzz_cli_args.cc) call it over and over.
//
// The header deliberately needs nothing but the standard library: the fuzz target compiles options.cc on its
// own, without the SpiderMonkey headers that env/environment.h brings in, so the result carries its own copy
// of the fields main() moves into loom::StartupOptions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace loom {
namespace cli {

// What the main thread runs and what process.argv / process.execArgv hold.
struct CommandLine {
  // "file" (value = the script's path as given), "eval" (value = source), "print" (value = expression) or
  // "stdin" (value empty).
  std::string mode;
  std::string value;
  // process.argv: argv[0] as given, then the script's path in "file" mode, then the script's arguments
  // verbatim (everything after the script, `-`, or -e/-p's operand, including anything that looks like an
  // option).
  std::vector<std::string> argv;
  // process.execArgv: the runtime options before the script, in order (-e/-p with their operand included).
  std::vector<std::string> exec_argv;
  // --max-old-space-size=MB: the heap limit of every thread that sets none of its own (0: the default).
  uint64_t max_old_space_mb = 0;
  // --expose-gc (or --expose_gc) before the script: every thread defines gc().
  bool expose_gc = false;
};

enum class Action {
  kRun,           // start the engine with `options`
  kPrintHelp,     // print UsageText() on stdout, exit with exit_code (0)
  kPrintVersion,  // print "v<version>\n" on stdout, exit with exit_code (0)
  kFail,          // print `error` on stderr as is, exit with exit_code
};

struct ParseResult {
  Action action = Action::kFail;
  CommandLine options;  // filled in only for kRun
  std::string error;    // kFail: the complete text for stderr, trailing newline included
  int exit_code = 0;    // the process's exit status for every action but kRun
};

// Node's exit status for invalid command-line arguments.
constexpr int kExitInvalidArguments = 9;

// The text of `loom --help` (also printed on stderr, as the error, when nothing to run was given).
const char* UsageText();

// Parses the command line the way main() receives it. argv[0] is the executable's path; argc may be 0 (a
// process can be started with an empty argv), in which case argv[0] is taken to be "". Options are read up
// to the first argument that is not one (the script, `-`, or the operand of -e/-p); the rest go to the script
// unparsed. -h, -v and a bad option end the parse where they stand: nothing after them is looked at.
ParseResult ParseCommandLine(int argc, const char* const* argv);

}  // namespace cli
}  // namespace loom
