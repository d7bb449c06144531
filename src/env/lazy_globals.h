// Globals made on first use. Node defines some twenty globals that most code never touches (console, Buffer,
// URL, TextEncoder, the timers...); defining them all, even as lazy getters, cost every worker's start 0.7 M
// instructions (7% of it). Instead the global object's class resolves them the way the engine resolves its
// own standard classes: the first lookup of one of these names (a read, `typeof`, `in`, a descriptor query)
// asks lib/internal/bootstrap/node.js's loader for the value and defines it as a plain data property, with the
// attributes Node gives it; enumerating the global lists the names not yet resolved. A name that was resolved
// once (and perhaps deleted or reassigned since) is never resolved again.
#pragma once

#include <jsapi.h>

namespace loom {

// The global class's hooks: the engine's standard classes first, then the lazy globals. Engine thread.
bool ResolveGlobal(JSContext* cx, JS::HandleObject global, JS::HandleId id, bool* resolved);
bool EnumerateGlobal(JSContext* cx, JS::HandleObject global, JS::MutableHandleIdVector properties,
                     bool enumerable_only);
bool MayResolveGlobal(const JSAtomState& names, jsid id, JSObject* maybe_global);

// internalBinding('util').setLazyGlobalLoader(load): from now on this thread's global resolves its lazy
// globals by calling load(name). Until then (and in globals that never get a loader) none resolves.
bool SetLazyGlobalLoader(JSContext* cx, unsigned argc, JS::Value* vp);

}  // namespace loom
