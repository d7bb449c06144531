// The table of built-in JS module sources, generated at build time from lib/ by tools/js2c.cc.
#pragma once

#include <cstddef>

namespace loom {

struct BuiltinSource {
  const char* id;      // module id, e.g. "internal/errors"
  const char* source;  // UTF-8 text, NUL-terminated
  size_t length;       // bytes, without the NUL
};

extern const BuiltinSource kBuiltinSources[];
extern const size_t kBuiltinSourceCount;

// Returns the source of a built-in module, or nullptr when there is none with that id.
const BuiltinSource* FindBuiltinSource(const char* id);

// Drops the process-wide cache of compiled built-ins (bindings/builtins.cc); called just before the root
// context is destroyed.
void ReleaseBuiltinStencils();

}  // namespace loom
