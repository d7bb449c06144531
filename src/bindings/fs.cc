// internalBinding('fs'): synchronous file-system calls for lib/fs.js and the module loader. Failures fill the
// `ctx` object passed as the last argument with { errno, code, syscall } (errno negative, as libuv reports it)
// and return undefined; lib/fs.js turns that into Node's error.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <js/Array.h>
#include <js/ArrayBuffer.h>
#include <jsfriendapi.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <uv.h>

#include <string>
#include <vector>

#include "bindings/binding_util.h"

namespace loom {
namespace {

// A path with a NUL byte inside cannot name a file: the system would see only the part before it. lib/fs.js
// rejects such paths; the natives the module loader calls directly check too.
bool HasNul(const std::string& path) { return path.find('\0') != std::string::npos; }

bool Fail(JSContext* cx, JS::CallArgs& args, unsigned ctx_index, int err, const char* syscall) {
  args.rval().setUndefined();
  if (!args.get(ctx_index).isObject()) return true;
  JS::RootedObject ctx(cx, &args.get(ctx_index).toObject());
  return SetNumberProperty(cx, ctx, "errno", -err) && SetStringProperty(cx, ctx, "code", uv_err_name(-err)) &&
         SetStringProperty(cx, ctx, "syscall", syscall);
}

bool ReadWholeFile(const std::string& path, std::string* out, int* err, const char** syscall) {
  if (HasNul(path)) {
    *err = ENOENT;
    *syscall = "open";
    return false;
  }
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    *err = errno;
    *syscall = "open";
    return false;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    close(fd);
    *err = EISDIR;
    *syscall = "read";
    return false;
  }
  if (st.st_size > 0) out->reserve(static_cast<size_t>(st.st_size));
  char buf[65536];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      *err = errno;
      *syscall = "read";
      close(fd);
      return false;
    }
    if (n == 0) break;
    out->append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return true;
}

// readFileUtf8(path, ctx) -> string
bool ReadFileUtf8(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path, data;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int err = 0;
  const char* syscall = "open";
  if (!ReadWholeFile(path, &data, &err, &syscall)) return Fail(cx, args, 1, err, syscall);
  JSString* s = NewStringUtf8(cx, data);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// readFileBytes(path, ctx) -> Uint8Array
bool ReadFileBytes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path, data;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int err = 0;
  const char* syscall = "open";
  if (!ReadWholeFile(path, &data, &err, &syscall)) return Fail(cx, args, 1, err, syscall);
  JS::RootedObject arr(cx, JS_NewUint8Array(cx, data.size()));
  if (!arr) return false;
  {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    memcpy(JS_GetUint8ArrayData(arr, &shared, nogc), data.data(), data.size());
  }
  args.rval().setObject(*arr);
  return true;
}

bool GetBytes(JSContext* cx, JS::HandleValue value, std::string* out) {
  if (value.isObject() && JS_IsUint8Array(&value.toObject())) {
    JS::AutoCheckCannotGC nogc;
    bool shared;
    size_t length = JS_GetTypedArrayLength(&value.toObject());
    uint8_t* data = JS_GetUint8ArrayData(&value.toObject(), &shared, nogc);
    out->assign(reinterpret_cast<char*>(data), length);
    return true;
  }
  return ToUtf8(cx, value, out);
}

// writeFile(path, data (string | Uint8Array), append, mode, ctx) -> true
bool WriteFile(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path, data;
  if (!ToUtf8(cx, args.get(0), &path) || !GetBytes(cx, args.get(1), &data)) return false;
  bool append = JS::ToBoolean(args.get(2));
  int32_t mode = 0666;
  if (args.get(3).isNumber() && !JS::ToInt32(cx, args.get(3), &mode)) return false;
  int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC), mode);
  if (fd < 0) return Fail(cx, args, 4, errno, "open");
  const char* p = data.data();
  size_t left = data.size();
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      close(fd);
      return Fail(cx, args, 4, err, "write");
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  close(fd);
  args.rval().setBoolean(true);
  return true;
}

// stat(path, followLinks, ctx) -> [dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
//                                  atimeMs, mtimeMs, ctimeMs, birthtimeMs]
bool Stat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  bool follow = JS::ToBoolean(args.get(1));
  struct stat st;
  if (HasNul(path)) return Fail(cx, args, 2, ENOENT, follow ? "stat" : "lstat");
  if ((follow ? stat(path.c_str(), &st) : lstat(path.c_str(), &st)) != 0)
    return Fail(cx, args, 2, errno, follow ? "stat" : "lstat");
  auto ms = [](const struct timespec& ts) { return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6; };
  double values[] = {static_cast<double>(st.st_dev),  static_cast<double>(st.st_mode),
                     static_cast<double>(st.st_nlink), static_cast<double>(st.st_uid),
                     static_cast<double>(st.st_gid),  static_cast<double>(st.st_rdev),
                     static_cast<double>(st.st_blksize), static_cast<double>(st.st_ino),
                     static_cast<double>(st.st_size), static_cast<double>(st.st_blocks),
                     ms(st.st_atim), ms(st.st_mtim), ms(st.st_ctim), ms(st.st_ctim)};
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 14));
  if (!arr) return false;
  for (uint32_t i = 0; i < 14; i++) {
    JS::RootedValue v(cx, JS::NumberValue(values[i]));
    if (!JS_SetElement(cx, arr, i, v)) return false;
  }
  args.rval().setObject(*arr);
  return true;
}

// internalModuleStat(path) -> 0 file, 1 directory, negative errno otherwise (no exceptions: hot in require)
bool InternalModuleStat(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  struct stat st;
  if (HasNul(path))
    args.rval().setInt32(-ENOENT);
  else if (stat(path.c_str(), &st) != 0)
    args.rval().setInt32(-errno);
  else
    args.rval().setInt32(S_ISDIR(st.st_mode) ? 1 : 0);
  return true;
}

// readdir(path, ctx) -> [names, types] with types 1 file, 2 dir, 3 link, 0 other
bool Readdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  DIR* dir = opendir(path.c_str());
  if (!dir) return Fail(cx, args, 1, errno, "scandir");
  JS::RootedObject names(cx, JS::NewArrayObject(cx, 0));
  JS::RootedObject types(cx, JS::NewArrayObject(cx, 0));
  if (!names || !types) {
    closedir(dir);
    return false;
  }
  uint32_t i = 0;
  bool ok = true;
  while (struct dirent* entry = readdir(dir)) {
    if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
    int type = entry->d_type == DT_REG ? 1 : entry->d_type == DT_DIR ? 2 : entry->d_type == DT_LNK ? 3 : 0;
    if (entry->d_type == DT_UNKNOWN) {
      struct stat st;
      std::string full = path + "/" + entry->d_name;
      if (lstat(full.c_str(), &st) == 0)
        type = S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : S_ISLNK(st.st_mode) ? 3 : 0;
    }
    JS::RootedString s(cx, NewStringUtf8(cx, entry->d_name, strlen(entry->d_name)));
    JS::RootedValue name(cx, s ? JS::StringValue(s) : JS::UndefinedValue());
    JS::RootedValue t(cx, JS::Int32Value(type));
    if (!s || !JS_SetElement(cx, names, i, name) || !JS_SetElement(cx, types, i, t)) {
      ok = false;
      break;
    }
    i++;
  }
  closedir(dir);
  if (!ok) return false;
  JS::RootedValueArray<2> result(cx);
  result[0].setObject(*names);
  result[1].setObject(*types);
  JSObject* arr = JS::NewArrayObject(cx, result);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// Calls taking one path and returning nothing: mkdir(path, mode, ctx), rmdir, unlink.
bool Mkdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int32_t mode = 0777;
  if (args.get(1).isNumber() && !JS::ToInt32(cx, args.get(1), &mode)) return false;
  if (mkdir(path.c_str(), mode) != 0) return Fail(cx, args, 2, errno, "mkdir");
  args.rval().setBoolean(true);
  return true;
}

bool Rmdir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  if (rmdir(path.c_str()) != 0) return Fail(cx, args, 1, errno, "rmdir");
  args.rval().setBoolean(true);
  return true;
}

bool Unlink(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  if (unlink(path.c_str()) != 0) return Fail(cx, args, 1, errno, "unlink");
  args.rval().setBoolean(true);
  return true;
}

bool Rename(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string from, to;
  if (!ToUtf8(cx, args.get(0), &from) || !ToUtf8(cx, args.get(1), &to)) return false;
  if (rename(from.c_str(), to.c_str()) != 0) return Fail(cx, args, 2, errno, "rename");
  args.rval().setBoolean(true);
  return true;
}

bool Realpath(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  char buf[PATH_MAX];
  if (HasNul(path)) return Fail(cx, args, 1, ENOENT, "realpath");
  if (!realpath(path.c_str(), buf)) return Fail(cx, args, 1, errno, "realpath");
  JSString* s = NewStringUtf8(cx, buf, strlen(buf));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool Access(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  int32_t mode = F_OK;
  if (args.get(1).isNumber() && !JS::ToInt32(cx, args.get(1), &mode)) return false;
  if (access(path.c_str(), mode) != 0) return Fail(cx, args, 2, errno, "access");
  args.rval().setBoolean(true);
  return true;
}

bool Symlink(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string target, path;
  if (!ToUtf8(cx, args.get(0), &target) || !ToUtf8(cx, args.get(1), &path)) return false;
  if (symlink(target.c_str(), path.c_str()) != 0) return Fail(cx, args, 2, errno, "symlink");
  args.rval().setBoolean(true);
  return true;
}

bool Readlink(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  if (!ToUtf8(cx, args.get(0), &path)) return false;
  char buf[PATH_MAX];
  ssize_t n = readlink(path.c_str(), buf, sizeof(buf));
  if (n < 0) return Fail(cx, args, 1, errno, "readlink");
  JSString* s = NewStringUtf8(cx, buf, static_cast<size_t>(n));
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool Chmod(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::string path;
  int32_t mode = 0;
  if (!ToUtf8(cx, args.get(0), &path) || !JS::ToInt32(cx, args.get(1), &mode)) return false;
  if (chmod(path.c_str(), mode) != 0) return Fail(cx, args, 2, errno, "chmod");
  args.rval().setBoolean(true);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("symlink", Symlink, 3, 0), JS_FN("readlink", Readlink, 2, 0), JS_FN("chmod", Chmod, 3, 0),
    JS_FN("readFileUtf8", ReadFileUtf8, 2, 0), JS_FN("readFileBytes", ReadFileBytes, 2, 0),
    JS_FN("writeFile", WriteFile, 5, 0),       JS_FN("stat", Stat, 3, 0),
    JS_FN("internalModuleStat", InternalModuleStat, 1, 0),
    JS_FN("readdir", Readdir, 2, 0),           JS_FN("mkdir", Mkdir, 3, 0),
    JS_FN("rmdir", Rmdir, 2, 0),               JS_FN("unlink", Unlink, 2, 0),
    JS_FN("rename", Rename, 3, 0),             JS_FN("realpath", Realpath, 2, 0),
    JS_FN("access", Access, 3, 0),             JS_FS_END};

}  // namespace

bool InitFsBinding(JSContext* cx, JS::HandleObject target) { return DefineFunctions(cx, target, kFunctions); }

}  // namespace loom
