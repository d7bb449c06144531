// libFuzzer target for loom's command-line parser (src/cli/options.h): turns each input into an argv, parses
// it, and checks that the result is what the grammar allows, not only that nothing crashes.
//
// Input format: the bytes of /proc/<pid>/cmdline, i.e. every argument followed by a NUL byte (argv[0] first).
// Bytes after the last NUL form one more argument, and an empty input is an empty argv (argc == 0), which a
// process can really be started with. Seeds are written with e.g. printf 'loom\0-e\0code\0'.
//
// Properties checked (a violation prints the argv and aborts, which libFuzzer records as a crash):
//  - parsing is deterministic;
//  - the options before the point where parsing stops are all runtime options (--expose-gc,
//    --max-old-space-size=MB, whose last value is the one kept, the warning flags, or
//    --unhandled-rejections=MODE with a known mode), and that point decides the result: -h/-v ->
//    help/version (exit 0), -e/-p or --unhandled-rejections without a value, an unknown rejections mode, an
//    unknown option, or nothing to run -> the matching message and exit code 9, else what runs;
//  - on success nothing is lost or invented: execArgv, then the script (or `-`), then the script's arguments
//    spell out argv[1..] exactly, so the script's arguments are a suffix of argv; and process.argv[0] is
//    argv[0];
//  - arguments after the stopping point do not matter: appending one changes a success only by passing that
//    argument on to the script, and leaves every other result as it was.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options.h"

namespace {

using loom::cli::Action;
using loom::cli::ParseResult;

std::vector<std::string> SplitArgs(const uint8_t* data, size_t size) {
  std::vector<std::string> args;
  std::string current;
  for (size_t i = 0; i < size; i++) {
    if (data[i] == 0) {
      args.push_back(std::move(current));
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  if (!current.empty()) args.push_back(std::move(current));
  return args;
}

ParseResult Parse(const std::vector<std::string>& args) {
  // Like the kernel's argv: NUL-terminated strings followed by a null pointer.
  std::vector<const char*> argv;
  for (const std::string& arg : args) argv.push_back(arg.c_str());
  argv.push_back(nullptr);
  return loom::cli::ParseCommandLine(static_cast<int>(args.size()), argv.data());
}

bool Same(const ParseResult& a, const ParseResult& b) {
  return a.action == b.action && a.exit_code == b.exit_code && a.error == b.error &&
         a.options.mode == b.options.mode && a.options.value == b.options.value &&
         a.options.argv == b.options.argv && a.options.exec_argv == b.options.exec_argv &&
         a.options.max_old_space_mb == b.options.max_old_space_mb && a.options.expose_gc == b.options.expose_gc;
}

[[noreturn]] void Fail(const std::vector<std::string>& args, const char* why) {
  std::fprintf(stderr, "==fuzz_cli_args== %s\nargv (%zu):\n", why, args.size());
  for (const std::string& arg : args) {
    std::fputs("  [", stderr);
    for (unsigned char c : arg) {
      if (c >= 0x20 && c < 0x7f && c != '\\') {
        std::fputc(c, stderr);
      } else {
        std::fprintf(stderr, "\\x%02x", c);
      }
    }
    std::fputs("]\n", stderr);
  }
  std::abort();
}

bool IsExposeGc(const std::string& arg) { return arg == "--expose-gc" || arg == "--expose_gc"; }
// --max-old-space-size=N / --max_old_space_size=N with N 1 to 9 digits, not all zeros: its value in MB, or 0.
uint64_t MaxOldSpaceMb(const std::string& arg) {
  for (const std::string name : {"--max-old-space-size=", "--max_old_space_size="}) {
    if (arg.compare(0, name.size(), name) != 0) continue;
    const std::string digits = arg.substr(name.size());
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) return 0;
    return std::stoull(digits);
  }
  return 0;
}
bool IsWarningFlag(const std::string& arg) {
  return arg == "--no-warnings" || arg == "--no-deprecation" || arg == "--throw-deprecation" ||
         arg == "--trace-deprecation" || arg == "--trace-warnings";
}
const std::string kRejections = "--unhandled-rejections";
bool IsRejectionsWithValue(const std::string& arg) {
  return arg.compare(0, kRejections.size() + 1, kRejections + "=") == 0;
}
bool IsKnownRejectionsMode(const std::string& arg) {
  if (!IsRejectionsWithValue(arg)) return false;
  const std::string mode = arg.substr(kRejections.size() + 1);
  return mode == "throw" || mode == "strict" || mode == "warn" || mode == "warn-with-error-code" || mode == "none";
}
bool IsRuntimeOption(const std::string& arg) {
  return IsExposeGc(arg) || MaxOldSpaceMb(arg) > 0 || IsWarningFlag(arg) || IsKnownRejectionsMode(arg);
}
bool IsHelp(const std::string& arg) { return arg == "-h" || arg == "--help"; }
bool IsVersion(const std::string& arg) { return arg == "-v" || arg == "--version"; }
bool IsEval(const std::string& arg) { return arg == "-e" || arg == "--eval"; }
bool IsPrint(const std::string& arg) { return arg == "-p" || arg == "--print"; }

// What the parse must come to, worked out independently of the parser: the index of the first argument that
// is not a runtime option (argc when there is none) decides everything.
void CheckAgainstGrammar(const std::vector<std::string>& args, const ParseResult& result) {
  const size_t argc = args.size();
  size_t stop = 1;
  uint64_t max_old_space_mb = 0;  // the last one given wins
  bool expose_gc = false;
  for (; stop < argc && IsRuntimeOption(args[stop]); stop++) {
    if (MaxOldSpaceMb(args[stop]) > 0) max_old_space_mb = MaxOldSpaceMb(args[stop]);
    if (IsExposeGc(args[stop])) expose_gc = true;
  }
  const std::string none;
  const std::string& at = stop < argc ? args[stop] : none;

  if (result.action != Action::kFail && !result.error.empty()) Fail(args, "an error text without a failure");

  if (stop >= argc) {
    if (result.action != Action::kFail || result.exit_code != loom::cli::kExitInvalidArguments ||
        result.error != loom::cli::UsageText())
      Fail(args, "nothing to run must print the usage on stderr and exit 9");
    return;
  }
  if (IsHelp(at)) {
    if (result.action != Action::kPrintHelp || result.exit_code != 0) Fail(args, "-h/--help must print help");
    return;
  }
  if (IsVersion(at)) {
    if (result.action != Action::kPrintVersion || result.exit_code != 0) Fail(args, "-v/--version must print");
    return;
  }
  if ((IsEval(at) || IsPrint(at)) && stop + 1 >= argc) {
    if (result.action != Action::kFail || result.exit_code != loom::cli::kExitInvalidArguments ||
        result.error != "loom: " + at + " requires an argument\n")
      Fail(args, "-e/-p without an operand must be refused");
    return;
  }
  if (at == kRejections) {
    if (result.action != Action::kFail || result.exit_code != loom::cli::kExitInvalidArguments ||
        result.error != "loom: --unhandled-rejections requires an argument\n")
      Fail(args, "--unhandled-rejections without a value must be refused");
    return;
  }
  if (IsRejectionsWithValue(at)) {
    if (result.action != Action::kFail || result.exit_code != loom::cli::kExitInvalidArguments ||
        result.error != "loom: invalid value for --unhandled-rejections\n")
      Fail(args, "an unknown --unhandled-rejections mode must be refused");
    return;
  }
  if (at.size() > 1 && at[0] == '-' && !IsEval(at) && !IsPrint(at)) {
    if (result.action != Action::kFail || result.exit_code != loom::cli::kExitInvalidArguments ||
        result.error != "loom: bad option: " + at + "\n")
      Fail(args, "an unknown option must be refused by name");
    return;
  }

  // Something runs: the script, `-`, or -e/-p's operand.
  if (result.action != Action::kRun) Fail(args, "a runnable command line was refused");
  const loom::cli::CommandLine& options = result.options;
  size_t script_args_from;  // index into args of the first argument for the script
  std::vector<std::string> exec_argv(args.begin() + 1, args.begin() + stop);
  if (IsEval(at) || IsPrint(at)) {
    if (options.mode != (IsEval(at) ? "eval" : "print")) Fail(args, "wrong mode for -e/-p");
    if (options.value != args[stop + 1]) Fail(args, "the code is not -e/-p's operand");
    exec_argv.push_back(at);
    exec_argv.push_back(args[stop + 1]);
    script_args_from = stop + 2;
  } else if (at == "-") {
    if (options.mode != "stdin" || !options.value.empty()) Fail(args, "`-` must read the script from stdin");
    script_args_from = stop + 1;
  } else {
    if (options.mode != "file" || options.value != at) Fail(args, "the script is not the first non-option");
    script_args_from = stop + 1;
  }
  if (options.exec_argv != exec_argv) Fail(args, "execArgv is not the options before the script");
  if (options.max_old_space_mb != max_old_space_mb) Fail(args, "--max-old-space-size is not the last one given");
  if (options.expose_gc != expose_gc) Fail(args, "--expose-gc is not recorded exactly when given as an option");

  // process.argv: argv[0], the script in file mode, then argv[script_args_from..] verbatim.
  std::vector<std::string> expected_argv;
  expected_argv.push_back(argc > 0 ? args[0] : std::string());
  if (options.mode == "file") expected_argv.push_back(at);
  expected_argv.insert(expected_argv.end(), args.begin() + script_args_from, args.end());
  if (options.argv != expected_argv) Fail(args, "process.argv is not argv[0] (+ script) + a suffix of argv");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::vector<std::string> args = SplitArgs(data, size);
  const ParseResult result = Parse(args);

  if (!Same(result, Parse(args))) Fail(args, "two parses of the same argv differ");
  CheckAgainstGrammar(args, result);

  // Appending an argument (a copy of the last one, so that it is as option-like as the input): what comes
  // after the stopping point is never looked at, except to be handed to the script. With argc == 0 the
  // appended string would become argv[0], a different kind of command line, so that case is left out.
  if (!args.empty()) {
    std::vector<std::string> longer = args;
    longer.push_back(args.back());
    const ParseResult extended = Parse(longer);
    CheckAgainstGrammar(longer, extended);
    const bool bad_option = result.action == Action::kFail && (result.error.rfind("loom: bad option: ", 0) == 0 ||
                                                                result.error.rfind("loom: invalid value", 0) == 0 ||
                                                                result.error.rfind("loom: --unhandled", 0) == 0);
    const bool stopped_for_good =
        result.action == Action::kPrintHelp || result.action == Action::kPrintVersion || bad_option;
    if (result.action == Action::kRun) {
      ParseResult expected = result;
      expected.options.argv.push_back(longer.back());
      if (!Same(extended, expected)) Fail(longer, "an argument after the script changed more than its argv");
    } else if (stopped_for_good && !Same(extended, result)) {
      // (-e/-p at the end and "nothing to run" are different: one more argument completes them.)
      Fail(longer, "an argument after -h, -v or a bad option changed the result");
    }
  }
  return 0;
}
