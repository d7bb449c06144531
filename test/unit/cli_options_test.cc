// Unit tests for the command-line parser (src/cli/options.h): every accepted form, every refusal with its
// exact message and exit code, and how arguments reach the script. test/cli/test-cli.sh checks the same
// command lines end to end through the `loom` binary; these pin the parser's own contract.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "cli/options.h"

namespace loom {
namespace cli {
namespace {

using Strings = std::vector<std::string>;

// Parses {"loom", args...} as main() would receive it.
ParseResult ParseArgs(std::initializer_list<const char*> args) {
  std::vector<const char*> argv{"loom"};
  argv.insert(argv.end(), args.begin(), args.end());
  const int argc = static_cast<int>(argv.size());
  argv.push_back(nullptr);
  return ParseCommandLine(argc, argv.data());
}

void ExpectRun(const ParseResult& result, const std::string& mode, const std::string& value,
               const Strings& argv, const Strings& exec_argv) {
  ASSERT_EQ(result.action, Action::kRun) << result.error;
  EXPECT_EQ(result.options.mode, mode);
  EXPECT_EQ(result.options.value, value);
  EXPECT_EQ(result.options.argv, argv);
  EXPECT_EQ(result.options.exec_argv, exec_argv);
  EXPECT_EQ(result.error, "");
}

void ExpectFail(const ParseResult& result, const std::string& error) {
  EXPECT_EQ(result.action, Action::kFail);
  EXPECT_EQ(result.exit_code, 9);
  EXPECT_EQ(result.error, error);
}

// --- What runs ---

TEST(CliOptions, Script) { ExpectRun(ParseArgs({"app.js"}), "file", "app.js", {"loom", "app.js"}, {}); }

TEST(CliOptions, ScriptArgumentsAreVerbatim) {
  // Everything after the script is the script's, even what loom would read as its own options.
  ExpectRun(ParseArgs({"app.js", "a", "--x=1", "-y", "a b", "-e", "1", "-h", "--version", "--", "-", ""}),
            "file", "app.js",
            {"loom", "app.js", "a", "--x=1", "-y", "a b", "-e", "1", "-h", "--version", "--", "-", ""},
            {});
}

TEST(CliOptions, ScriptPathIsKeptAsGiven) {
  // Made absolute later, by the JS side.
  ExpectRun(ParseArgs({"../dir/my script.js"}), "file", "../dir/my script.js",
            {"loom", "../dir/my script.js"}, {});
}

TEST(CliOptions, EmptyStringIsAScriptName) {
  // Not an option (it does not start with '-'), so it names a script, which then fails to load.
  ExpectRun(ParseArgs({"", "a"}), "file", "", {"loom", "", "a"}, {});
}

TEST(CliOptions, Eval) {
  ExpectRun(ParseArgs({"-e", "console.log(1)"}), "eval", "console.log(1)", {"loom"},
            {"-e", "console.log(1)"});
  ExpectRun(ParseArgs({"--eval", "1"}), "eval", "1", {"loom"}, {"--eval", "1"});
}

TEST(CliOptions, Print) {
  ExpectRun(ParseArgs({"-p", "1+1"}), "print", "1+1", {"loom"}, {"-p", "1+1"});
  ExpectRun(ParseArgs({"--print", "x"}), "print", "x", {"loom"}, {"--print", "x"});
}

TEST(CliOptions, EvalArgumentsGoToTheScript) {
  ExpectRun(ParseArgs({"-e", "code", "a", "b"}), "eval", "code", {"loom", "a", "b"}, {"-e", "code"});
}

TEST(CliOptions, EvalOperandMayLookLikeAnOption) {
  ExpectRun(ParseArgs({"-e", "-1"}), "eval", "-1", {"loom"}, {"-e", "-1"});
  ExpectRun(ParseArgs({"-p", "--help"}), "print", "--help", {"loom"}, {"-p", "--help"});
  ExpectRun(ParseArgs({"-e", ""}), "eval", "", {"loom"}, {"-e", ""});
}

TEST(CliOptions, OnlyTheFirstEvalOrPrintCounts) {
  // The second one is an argument for the first one's code.
  ExpectRun(ParseArgs({"-e", "a", "-p", "b"}), "eval", "a", {"loom", "-p", "b"}, {"-e", "a"});
  ExpectRun(ParseArgs({"-p", "a", "-e", "b"}), "print", "a", {"loom", "-e", "b"}, {"-p", "a"});
}

TEST(CliOptions, Stdin) {
  // `-` itself is not in process.argv.
  ExpectRun(ParseArgs({"-"}), "stdin", "", {"loom"}, {});
  ExpectRun(ParseArgs({"-", "a", "-x"}), "stdin", "", {"loom", "a", "-x"}, {});
}

TEST(CliOptions, ExposeGc) {
  ExpectRun(ParseArgs({"--expose-gc", "app.js"}), "file", "app.js", {"loom", "app.js"}, {"--expose-gc"});
  ExpectRun(ParseArgs({"--expose_gc", "--expose-gc", "-e", "gc()", "a"}), "eval", "gc()", {"loom", "a"},
            {"--expose_gc", "--expose-gc", "-e", "gc()"});
  ExpectRun(ParseArgs({"--expose-gc", "-"}), "stdin", "", {"loom"}, {"--expose-gc"});
}

TEST(CliOptions, ExposeGcAfterTheScriptIsTheScripts) {
  ExpectRun(ParseArgs({"app.js", "--expose-gc"}), "file", "app.js", {"loom", "app.js", "--expose-gc"}, {});
}

TEST(CliOptions, ExposeGcIsRecordedOnlyBeforeTheScript) {
  EXPECT_TRUE(ParseArgs({"--expose_gc", "app.js"}).options.expose_gc);
  EXPECT_FALSE(ParseArgs({"app.js", "--expose-gc"}).options.expose_gc);
  EXPECT_FALSE(ParseArgs({"--max-old-space-size=64", "app.js"}).options.expose_gc);
}

TEST(CliOptions, Argv0IsKeptAsGiven) {
  const char* argv[] = {"/usr/local/bin/loom", "-e", "1", nullptr};
  ParseResult result = ParseCommandLine(3, argv);
  ExpectRun(result, "eval", "1", {"/usr/local/bin/loom"}, {"-e", "1"});
}

// --- `--` ---

TEST(CliOptions, DoubleDashBeforeTheScriptIsABadOption) {
  // Node reads `--` as the end of its options; loom does not support that and refuses it.
  ExpectFail(ParseArgs({"--"}), "loom: bad option: --\n");
  ExpectFail(ParseArgs({"--", "app.js"}), "loom: bad option: --\n");
  ExpectFail(ParseArgs({"--expose-gc", "--", "-e", "1"}), "loom: bad option: --\n");
}

TEST(CliOptions, DoubleDashAfterTheScriptIsPassedOn) {
  ExpectRun(ParseArgs({"app.js", "--", "a"}), "file", "app.js", {"loom", "app.js", "--", "a"}, {});
  ExpectRun(ParseArgs({"-e", "code", "--", "a"}), "eval", "code", {"loom", "--", "a"}, {"-e", "code"});
  ExpectRun(ParseArgs({"-", "--"}), "stdin", "", {"loom", "--"}, {});
}

// --- Help and version ---

TEST(CliOptions, Help) {
  for (const char* flag : {"-h", "--help"}) {
    ParseResult result = ParseArgs({flag});
    EXPECT_EQ(result.action, Action::kPrintHelp) << flag;
    EXPECT_EQ(result.exit_code, 0) << flag;
    EXPECT_EQ(result.error, "") << flag;
  }
}

TEST(CliOptions, Version) {
  for (const char* flag : {"-v", "--version"}) {
    ParseResult result = ParseArgs({flag});
    EXPECT_EQ(result.action, Action::kPrintVersion) << flag;
    EXPECT_EQ(result.exit_code, 0) << flag;
  }
}

TEST(CliOptions, HelpAndVersionStopTheParse) {
  // The first one wins, and nothing after it is looked at (not even a bad option).
  EXPECT_EQ(ParseArgs({"-h", "-v"}).action, Action::kPrintHelp);
  EXPECT_EQ(ParseArgs({"-v", "-h"}).action, Action::kPrintVersion);
  EXPECT_EQ(ParseArgs({"--expose-gc", "--help", "--bogus"}).action, Action::kPrintHelp);
  EXPECT_EQ(ParseArgs({"--version", "-e"}).action, Action::kPrintVersion);
}

TEST(CliOptions, HelpAfterTheScriptIsTheScripts) {
  ExpectRun(ParseArgs({"app.js", "--help"}), "file", "app.js", {"loom", "app.js", "--help"}, {});
  ExpectRun(ParseArgs({"-e", "1", "-v"}), "eval", "1", {"loom", "-v"}, {"-e", "1"});
}

TEST(CliOptions, UsageText) {
  const std::string usage = UsageText();
  EXPECT_EQ(usage.rfind("Usage: loom [options] [script.js | -e \"script\" | -] [arguments]\n", 0), 0u);
  EXPECT_NE(usage.find("--expose-gc"), std::string::npos);
  EXPECT_EQ(usage.back(), '\n');
}

// --- Refusals: message and exit code 9, as Node ---

TEST(CliOptions, NothingToRunPrintsTheUsage) {
  ExpectFail(ParseArgs({}), UsageText());
  ExpectFail(ParseArgs({"--expose-gc"}), UsageText());
  ExpectFail(ParseArgs({"--expose-gc", "--expose_gc"}), UsageText());
}

TEST(CliOptions, EvalOrPrintWithoutOperand) {
  ExpectFail(ParseArgs({"-e"}), "loom: -e requires an argument\n");
  ExpectFail(ParseArgs({"--eval"}), "loom: --eval requires an argument\n");
  ExpectFail(ParseArgs({"-p"}), "loom: -p requires an argument\n");
  ExpectFail(ParseArgs({"--expose-gc", "--print"}), "loom: --print requires an argument\n");
}

TEST(CliOptions, BadOptions) {
  for (const char* option : {"-x", "--foo", "-E", "-ep", "-e=1", "--eval=1", "--help=1", "-vh",
                             "--expose-gc=1", "---", "-\xc3\xa9"}) {
    ExpectFail(ParseArgs({option, "app.js"}), std::string("loom: bad option: ") + option + "\n");
  }
}

TEST(CliOptions, BadOptionAfterAGoodOne) {
  ExpectFail(ParseArgs({"--expose-gc", "-x", "-e", "1"}), "loom: bad option: -x\n");
}

TEST(CliOptions, OptionsAreCaseSensitiveAndWhole) {
  ExpectFail(ParseArgs({"--Eval", "1"}), "loom: bad option: --Eval\n");
  ExpectFail(ParseArgs({"-e ", "1"}), "loom: bad option: -e \n");
  // Leading space: not an option at all, so a script name.
  ExpectRun(ParseArgs({" -e", "1"}), "file", " -e", {"loom", " -e", "1"}, {});
}

TEST(CliOptions, MaxOldSpaceSize) {
  ParseResult result = ParseArgs({"--max-old-space-size=64", "app.js"});
  ExpectRun(result, "file", "app.js", {"loom", "app.js"}, {"--max-old-space-size=64"});
  EXPECT_EQ(result.options.max_old_space_mb, 64u);
  result = ParseArgs({"--max_old_space_size=4096", "--expose-gc", "-e", "1"});
  ExpectRun(result, "eval", "1", {"loom"}, {"--max_old_space_size=4096", "--expose-gc", "-e", "1"});
  EXPECT_EQ(result.options.max_old_space_mb, 4096u);
  EXPECT_EQ(ParseArgs({"app.js"}).options.max_old_space_mb, 0u);
  // After the script it belongs to the script.
  result = ParseArgs({"app.js", "--max-old-space-size=8"});
  ExpectRun(result, "file", "app.js", {"loom", "app.js", "--max-old-space-size=8"}, {});
  EXPECT_EQ(result.options.max_old_space_mb, 0u);
  for (const char* bad : {"--max-old-space-size=", "--max-old-space-size=0", "--max-old-space-size=-1",
                          "--max-old-space-size=12x", "--max-old-space-size=1234567890", "--max-old-space-size",
                          "--max-old-space-size=1.5"}) {
    ExpectFail(ParseArgs({bad, "app.js"}), std::string("loom: bad option: ") + bad + "\n");
  }
}

TEST(CliOptions, WarningAndRejectionFlagsArePassedToJs) {
  ExpectRun(ParseArgs({"--no-warnings", "--trace-warnings", "--no-deprecation", "--throw-deprecation",
                       "--trace-deprecation", "--unhandled-rejections=warn", "app.js", "--no-warnings"}),
            "file", "app.js", {"loom", "app.js", "--no-warnings"},
            {"--no-warnings", "--trace-warnings", "--no-deprecation", "--throw-deprecation", "--trace-deprecation",
             "--unhandled-rejections=warn"});
  for (const char* mode : {"throw", "strict", "warn", "warn-with-error-code", "none"}) {
    const std::string flag = std::string("--unhandled-rejections=") + mode;
    ExpectRun(ParseArgs({flag.c_str(), "-e", "1"}), "eval", "1", {"loom"}, {flag, "-e", "1"});
  }
  for (const char* bad : {"--unhandled-rejections=", "--unhandled-rejections=bogus", "--unhandled-rejections=WARN"}) {
    ExpectFail(ParseArgs({bad, "app.js"}), "loom: invalid value for --unhandled-rejections\n");
  }
  ExpectFail(ParseArgs({"--unhandled-rejections", "app.js"}), "loom: --unhandled-rejections requires an argument\n");
  ExpectFail(ParseArgs({"--unhandled-rejectionsx=warn", "app.js"}), "loom: bad option: --unhandled-rejectionsx=warn\n");
}

// --- Edge cases of argv itself ---

TEST(CliOptions, EmptyArgv) {
  // A process may be started with argc == 0; then there is no argv[0] to read.
  const char* argv[] = {nullptr};
  ParseResult result = ParseCommandLine(0, argv);
  ExpectFail(result, UsageText());
}

}  // namespace
}  // namespace cli
}  // namespace loom
