// The `loom` command line: parses options (cli/options.h), starts the engine and the main thread's
// Environment, runs the script and returns its exit code.
#include <cstdio>
#include <utility>

#include "cli/options.h"
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

int main(int argc, char** argv) {
  loom::cli::ParseResult parsed = loom::cli::ParseCommandLine(argc, argv);
  switch (parsed.action) {
    case loom::cli::Action::kPrintHelp:
      std::fputs(loom::cli::UsageText(), stdout);
      return parsed.exit_code;
    case loom::cli::Action::kPrintVersion:
      std::printf("v%s\n", LOOM_VERSION);
      return parsed.exit_code;
    case loom::cli::Action::kFail:
      std::fwrite(parsed.error.data(), 1, parsed.error.size(), stderr);
      return parsed.exit_code;
    case loom::cli::Action::kRun:
      break;
  }
  loom::StartupOptions startup;
  startup.mode = std::move(parsed.options.mode);
  startup.value = std::move(parsed.options.value);
  startup.argv = std::move(parsed.options.argv);
  startup.exec_argv = std::move(parsed.options.exec_argv);
  loom::SetExposeGc(parsed.options.expose_gc);
  if (parsed.options.max_old_space_mb) loom::SetDefaultHeapLimit(parsed.options.max_old_space_mb * 1024 * 1024);

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
