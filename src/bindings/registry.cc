// The one list of native bindings (see registry.h). Adding a binding means adding its initializer here.
#include "bindings/registry.h"

#include <cstring>

namespace loom {

bool InitAtomicsBinding(JSContext* cx, JS::HandleObject target);
bool InitBuiltinsBinding(JSContext* cx, JS::HandleObject target);
bool InitContextifyBinding(JSContext* cx, JS::HandleObject target);
bool InitFsBinding(JSContext* cx, JS::HandleObject target);
bool InitMessagingBinding(JSContext* cx, JS::HandleObject target);
bool InitOsBinding(JSContext* cx, JS::HandleObject target);
bool InitProcessBinding(JSContext* cx, JS::HandleObject target);
bool InitSignalsBinding(JSContext* cx, JS::HandleObject target);
bool InitStdioBinding(JSContext* cx, JS::HandleObject target);
bool InitTimersBinding(JSContext* cx, JS::HandleObject target);
bool InitUtilBinding(JSContext* cx, JS::HandleObject target);
bool InitWorkerBinding(JSContext* cx, JS::HandleObject target);

namespace {

struct BindingEntry {
  const char* name;
  BindingInitializer init;
};

const BindingEntry kBindings[] = {
    {"atomics", InitAtomicsBinding},   {"builtins", InitBuiltinsBinding}, {"contextify", InitContextifyBinding},
    {"fs", InitFsBinding},             {"messaging", InitMessagingBinding},
    {"os", InitOsBinding},             {"process", InitProcessBinding},
    {"signals", InitSignalsBinding},   {"stdio", InitStdioBinding},       {"timers", InitTimersBinding},
    {"util", InitUtilBinding},         {"worker", InitWorkerBinding},
};

}  // namespace

BindingInitializer FindBinding(const char* name) {
  for (const auto& entry : kBindings)
    if (std::strcmp(entry.name, name) == 0) return entry.init;
  return nullptr;
}

}  // namespace loom
