// Parsing of loom's command line (see options.h). The grammar, the part of Node's that loom supports (without
// Node's `--`, see below):
//
//   loom [--expose-gc | --max-old-space-size=MB | warning and rejection flags]...
//        (script.js | -e CODE | -p EXPR | -) [arguments...]
//   loom ... (-h | -v)        (help and version win wherever they appear among the options)
//
// Everything after the script, `-`, or -e/-p's operand belongs to the script, verbatim.
#include "cli/options.h"

#include <cstring>
#include <utility>

namespace loom {
namespace cli {
namespace {

const char kUsage[] =
    "Usage: loom [options] [script.js | -e \"script\" | -] [arguments]\n"
    "\n"
    "Options:\n"
    "  -e, --eval CODE     evaluate CODE as a script\n"
    "  -p, --print EXPR    evaluate EXPR and print the result\n"
    "  -                   read the script from standard input\n"
    "  --expose-gc         define gc(), which runs a full garbage collection\n"
    "  --max-old-space-size=MB\n"
    "                      heap limit of the main thread and of workers without resourceLimits\n"
    "  --unhandled-rejections=MODE\n"
    "                      throw (default), strict, warn, warn-with-error-code or none\n"
    "  --no-warnings       do not print warnings\n"
    "  --no-deprecation, --throw-deprecation, --trace-deprecation, --trace-warnings\n"
    "                      silence deprecation warnings, throw them, or print warnings with their stack\n"
    "  -v, --version       print loom's version\n"
    "  -h, --help          print this help\n"
    "\n"
    "loom runs scripts written for Node.js; its heart is Node's worker_threads module.\n";

bool Is(const char* arg, const char* option) { return std::strcmp(arg, option) == 0; }

// Flags that only change what the JS side does; it reads them from process.execArgv (a worker from its own
// execArgv, which defaults to its parent's).
const char* const kPassedFlags[] = {"--no-warnings", "--no-deprecation", "--throw-deprecation",
                                    "--trace-deprecation", "--trace-warnings"};
const char* const kRejectionModes[] = {"throw", "strict", "warn", "warn-with-error-code", "none"};
constexpr char kRejectionsFlag[] = "--unhandled-rejections";

// --max-old-space-size=MB (or with underscores, as V8 accepts): true with *mb set for 1 to 9 decimal digits
// of a positive number; anything else is not this option (and so a bad one).
bool ParseMaxOldSpace(const char* arg, uint64_t* mb) {
  const char* value = nullptr;
  for (const char* name : {"--max-old-space-size=", "--max_old_space_size="}) {
    if (std::strncmp(arg, name, std::strlen(name)) == 0) value = arg + std::strlen(name);
  }
  if (!value) return false;
  size_t digits = std::strlen(value);
  if (digits == 0 || digits > 9) return false;
  uint64_t n = 0;
  for (const char* c = value; *c; c++) {
    if (*c < '0' || *c > '9') return false;
    n = n * 10 + static_cast<uint64_t>(*c - '0');
  }
  if (n == 0) return false;
  *mb = n;
  return true;
}

ParseResult Stop(Action action, int exit_code, std::string error = std::string()) {
  ParseResult result;
  result.action = action;
  result.exit_code = exit_code;
  result.error = std::move(error);
  return result;
}

}  // namespace

const char* UsageText() { return kUsage; }

ParseResult ParseCommandLine(int argc, const char* const* argv) {
  ParseResult result;
  CommandLine& options = result.options;
  // With an empty argv there is not even argv[0]; process.argv[0] then becomes "" rather than reading past
  // the end of the array.
  options.argv.push_back(argc > 0 && argv[0] ? argv[0] : "");
  int i = 1;
  for (; i < argc; i++) {
    const char* arg = argv[i];
    if (Is(arg, "-h") || Is(arg, "--help")) return Stop(Action::kPrintHelp, 0);
    if (Is(arg, "-v") || Is(arg, "--version")) return Stop(Action::kPrintVersion, 0);
    if (Is(arg, "-e") || Is(arg, "--eval") || Is(arg, "-p") || Is(arg, "--print")) {
      if (i + 1 >= argc) {
        return Stop(Action::kFail, kExitInvalidArguments,
                    std::string("loom: ") + arg + " requires an argument\n");
      }
      // The operand is taken verbatim even when it starts with '-' (`-e -1` evaluates -1), since code can.
      options.exec_argv.push_back(arg);
      options.exec_argv.push_back(argv[i + 1]);
      options.mode = Is(arg, "-p") || Is(arg, "--print") ? "print" : "eval";
      options.value = argv[i + 1];
      i += 2;
      break;
    }
    if (Is(arg, "--expose-gc") || Is(arg, "--expose_gc")) {
      options.expose_gc = true;
      options.exec_argv.push_back(arg);
      continue;
    }
    if (ParseMaxOldSpace(arg, &options.max_old_space_mb)) {
      options.exec_argv.push_back(arg);
      continue;
    }
    bool passed = false;
    for (const char* flag : kPassedFlags) passed = passed || Is(arg, flag);
    if (passed) {
      options.exec_argv.push_back(arg);
      continue;
    }
    if (Is(arg, kRejectionsFlag)) {
      return Stop(Action::kFail, kExitInvalidArguments,
                  std::string("loom: ") + kRejectionsFlag + " requires an argument\n");
    }
    const size_t flag_length = std::strlen(kRejectionsFlag);
    if (std::strncmp(arg, kRejectionsFlag, flag_length) == 0 && arg[flag_length] == '=') {
      bool known = false;
      for (const char* mode : kRejectionModes) known = known || Is(arg + flag_length + 1, mode);
      if (!known) {
        return Stop(Action::kFail, kExitInvalidArguments,
                    std::string("loom: invalid value for ") + kRejectionsFlag + "\n");
      }
      options.exec_argv.push_back(arg);
      continue;
    }
    if (Is(arg, "-")) {
      options.mode = "stdin";
      i++;
      break;
    }
    // Anything else that starts with '-' is an option loom does not know. This includes `--`: Node reads it
    // as the end of its own options, loom rejects it (and passes it on to the script once one is named).
    if (arg[0] == '-' && arg[1] != '\0') {
      return Stop(Action::kFail, kExitInvalidArguments, std::string("loom: bad option: ") + arg + "\n");
    }
    options.mode = "file";
    options.value = arg;
    options.argv.push_back(arg);  // process.argv[1] is the script (made absolute by JS)
    i++;
    break;
  }
  if (options.mode.empty()) return Stop(Action::kFail, kExitInvalidArguments, kUsage);
  for (; i < argc; i++) options.argv.push_back(argv[i]);
  result.action = Action::kRun;
  return result;
}

}  // namespace cli
}  // namespace loom
