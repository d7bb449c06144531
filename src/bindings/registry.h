// The list of native bindings that the JS half of the runtime reaches through internalBinding(name).
// Each binding is one function that defines its natives on a fresh object; see registry.cc for the list.
#pragma once

#include <jsapi.h>

namespace loom {

using BindingInitializer = bool (*)(JSContext* cx, JS::HandleObject target);

// Returns the initializer of the named binding, or nullptr if there is none.
BindingInitializer FindBinding(const char* name);

}  // namespace loom
