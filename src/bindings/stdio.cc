// internalBinding('stdio'): synchronous writes to the process's stdout/stderr, shared by every thread.
// Writes are whole: one call's bytes are written under a process-wide lock, so lines from different worker
// threads never interleave, and nothing is buffered that could be lost when a thread exits.
#include <errno.h>
#include <js/ArrayBuffer.h>
#include <jsfriendapi.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <mutex>
#include <string>

#include "bindings/binding_util.h"

namespace loom {
namespace {

std::mutex g_write_mutex;  // serializes writes to fds 1 and 2 across threads

bool WriteAll(int fd, const char* data, size_t size) {
  std::lock_guard<std::mutex> lock(g_write_mutex);
  while (size > 0) {
    ssize_t n = write(fd, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) {  // a non-blocking pipe is full: wait for room rather than drop output
        fd_set set;
        FD_ZERO(&set);
        FD_SET(fd, &set);
        select(fd + 1, nullptr, &set, nullptr, nullptr);
        continue;
      }
      return false;
    }
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

// writeString(fd, string)
bool WriteString(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd = 1;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  std::string text;
  if (!ToUtf8(cx, args.get(1), &text)) return false;
  args.rval().setBoolean(WriteAll(fd, text.data(), text.size()));
  return true;
}

// writeBytes(fd, uint8array)
bool WriteBytes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd = 1;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  if (!args.get(1).isObject() || !JS_IsUint8Array(&args.get(1).toObject())) {
    JS_ReportErrorASCII(cx, "writeBytes: expected a Uint8Array");
    return false;
  }
  std::string copy;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    size_t length = JS_GetTypedArrayLength(&args.get(1).toObject());
    uint8_t* data = JS_GetUint8ArrayData(&args.get(1).toObject(), &shared, nogc);
    copy.assign(reinterpret_cast<char*>(data), length);
  }
  args.rval().setBoolean(WriteAll(fd, copy.data(), copy.size()));
  return true;
}

bool IsATTY(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd = 0;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  args.rval().setBoolean(isatty(fd) == 1);
  return true;
}

// windowSize(fd) -> [columns, rows] or undefined
bool WindowSize(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd = 1;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) != 0) {
    args.rval().setUndefined();
    return true;
  }
  JS::RootedObject arr(cx, JS_NewPlainObject(cx));
  if (!arr || !SetNumberProperty(cx, arr, "columns", ws.ws_col) || !SetNumberProperty(cx, arr, "rows", ws.ws_row))
    return false;
  args.rval().setObject(*arr);
  return true;
}

// readAll(fd) -> the rest of the fd as a UTF-8 string (for `loom -`)
bool ReadAll(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  int32_t fd = 0;
  if (!JS::ToInt32(cx, args.get(0), &fd)) return false;
  std::string text;
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<size_t>(n));
  }
  JSString* s = NewStringUtf8(cx, text);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

const JSFunctionSpec kFunctions[] = {JS_FN("writeString", WriteString, 2, 0),
                                     JS_FN("writeBytes", WriteBytes, 2, 0), JS_FN("isatty", IsATTY, 1, 0),
                                     JS_FN("windowSize", WindowSize, 1, 0), JS_FN("readAll", ReadAll, 1, 0),
                                     JS_FS_END};

}  // namespace

bool InitStdioBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
