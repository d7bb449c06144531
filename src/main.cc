// The `loom` command line: parses options, starts the engine and the main thread's Environment, runs the
// script and returns its exit code.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "env/environment.h"

#ifdef LOOM_JEMALLOC
// jemalloc reads its settings from this symbol: a few arenas shared by all threads (instead of four per core)
// and a smaller per-thread cache keep an idle worker's footprint small.
extern "C" {
extern const char* malloc_conf;
const char* malloc_conf = "narenas:4,tcache_max:4096";
}
#endif

namespace {

const char kUsage[] =
    "Usage: loom [options] [script.js | -e \"script\" | -] [arguments]\n"
    "\n"
    "Options:\n"
    "  -e, --eval CODE     evaluate CODE as a script\n"
    "  -p, --print EXPR    evaluate EXPR and print the result\n"
    "  -                   read the script from standard input\n"
    "  --expose-gc         define gc(), which runs a full garbage collection\n"
    "  -v, --version       print loom's version\n"
    "  -h, --help          print this help\n"
    "\n"
    "loom runs scripts written for Node.js; its heart is Node's worker_threads module.\n";

}  // namespace

int main(int argc, char** argv) {
  loom::StartupOptions startup;
  startup.argv.push_back(argv[0]);
  int i = 1;
  for (; i < argc; i++) {
    const char* arg = argv[i];
    if (!std::strcmp(arg, "-h") || !std::strcmp(arg, "--help")) {
      std::fputs(kUsage, stdout);
      return 0;
    }
    if (!std::strcmp(arg, "-v") || !std::strcmp(arg, "--version")) {
      std::printf("v%s\n", LOOM_VERSION);
      return 0;
    }
    if (!std::strcmp(arg, "-e") || !std::strcmp(arg, "--eval") || !std::strcmp(arg, "-p") ||
        !std::strcmp(arg, "--print")) {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "loom: %s requires an argument\n", arg);
        return 9;  // Node's exit code for invalid arguments
      }
      bool print = arg[1] == 'p' || !std::strcmp(arg, "--print");
      startup.exec_argv.push_back(arg);
      startup.exec_argv.push_back(argv[i + 1]);
      startup.mode = print ? "print" : "eval";
      startup.value = argv[++i];
      i++;
      break;
    }
    if (!std::strcmp(arg, "--expose-gc") || !std::strcmp(arg, "--expose_gc")) {
      startup.exec_argv.push_back(arg);
      continue;
    }
    if (!std::strcmp(arg, "-")) {
      startup.mode = "stdin";
      i++;
      break;
    }
    if (arg[0] == '-' && arg[1] != '\0') {
      std::fprintf(stderr, "loom: bad option: %s\n", arg);
      return 9;
    }
    startup.mode = "file";
    startup.value = arg;
    startup.argv.push_back(arg);  // process.argv[1] is the script (made absolute by JS)
    i++;
    break;
  }
  if (startup.mode.empty()) {
    std::fputs(kUsage, stderr);
    return 9;
  }
  for (; i < argc; i++) startup.argv.push_back(argv[i]);

  if (!loom::InitEngine()) {
    std::fprintf(stderr, "loom: cannot initialise the JavaScript engine\n");
    return 1;
  }
  int code;
  {
    loom::EngineLimits limits;
    limits.stack_bytes = loom::MainThreadStackBytes();
    loom::Environment env(std::move(startup), limits, nullptr);
    code = env.Start() ? env.Run() : 1;
  }
  loom::ShutdownEngine();
  std::fflush(stdout);
  return code;
}
