// internalBinding('os'): machine facts for lib/os.js, from libuv and uname(2).
#include <js/Array.h>
#include <sys/utsname.h>
#include <uv.h>

#include <cstdio>
#include <cstring>

#include "bindings/binding_util.h"

namespace loom {
namespace {

bool Hostname(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[UV_MAXHOSTNAMESIZE];
  size_t size = sizeof(buf);
  if (uv_os_gethostname(buf, &size) != 0) size = 0;
  JSString* s = NewStringUtf8(cx, buf, size);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

bool Homedir(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  char buf[4096];
  size_t size = sizeof(buf);
  if (uv_os_homedir(buf, &size) != 0) size = 0;
  JSString* s = NewStringUtf8(cx, buf, size);
  if (!s) return false;
  args.rval().setString(s);
  return true;
}

// uname() -> { sysname, release, version, machine }
bool Uname(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  struct utsname u;
  if (uname(&u) != 0) {
    JS_ReportErrorASCII(cx, "uname failed");
    return false;
  }
  JS::RootedObject obj(cx, JS_NewPlainObject(cx));
  if (!obj || !SetStringProperty(cx, obj, "sysname", u.sysname) ||
      !SetStringProperty(cx, obj, "release", u.release) || !SetStringProperty(cx, obj, "version", u.version) ||
      !SetStringProperty(cx, obj, "machine", u.machine))
    return false;
  args.rval().setObject(*obj);
  return true;
}

bool Memory(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  JS::RootedObject obj(cx, JS_NewPlainObject(cx));
  if (!obj || !SetNumberProperty(cx, obj, "total", static_cast<double>(uv_get_total_memory())) ||
      !SetNumberProperty(cx, obj, "free", static_cast<double>(uv_get_free_memory())))
    return false;
  args.rval().setObject(*obj);
  return true;
}

bool Loadavg(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double avg[3];
  uv_loadavg(avg);
  JS::RootedValueArray<3> values(cx);
  for (int i = 0; i < 3; i++) values[i].setNumber(avg[i]);
  JSObject* arr = JS::NewArrayObject(cx, values);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

bool Uptime(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  double up = 0;
  uv_uptime(&up);
  args.rval().setNumber(up);
  return true;
}

// cpus() -> [{ model, speed, times: { user, nice, sys, idle, irq } }]
bool Cpus(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_cpu_info_t* infos = nullptr;
  int count = 0;
  if (uv_cpu_info(&infos, &count) != 0) count = 0;
  JS::RootedObject arr(cx, JS::NewArrayObject(cx, 0));
  bool ok = arr != nullptr;
  for (int i = 0; ok && i < count; i++) {
    JS::RootedObject cpu(cx, JS_NewPlainObject(cx));
    JS::RootedObject times(cx, JS_NewPlainObject(cx));
    ok = cpu && times && SetStringProperty(cx, cpu, "model", infos[i].model) &&
         SetNumberProperty(cx, cpu, "speed", infos[i].speed) &&
         SetNumberProperty(cx, times, "user", static_cast<double>(infos[i].cpu_times.user)) &&
         SetNumberProperty(cx, times, "nice", static_cast<double>(infos[i].cpu_times.nice)) &&
         SetNumberProperty(cx, times, "sys", static_cast<double>(infos[i].cpu_times.sys)) &&
         SetNumberProperty(cx, times, "idle", static_cast<double>(infos[i].cpu_times.idle)) &&
         SetNumberProperty(cx, times, "irq", static_cast<double>(infos[i].cpu_times.irq));
    if (!ok) break;
    JS::RootedValue v(cx, JS::ObjectValue(*times));
    JS::RootedValue c(cx, JS::ObjectValue(*cpu));
    ok = JS_SetProperty(cx, cpu, "times", v) && JS_SetElement(cx, arr, static_cast<uint32_t>(i), c);
  }
  if (infos) uv_free_cpu_info(infos, count);
  if (!ok) return false;
  args.rval().setObject(*arr);
  return true;
}

// userInfo() -> { uid, gid, username, homedir, shell } of the effective user (shell null when none), or a
// negative errno when there is no passwd entry.
bool UserInfo(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_passwd_t pwd;
  int err = uv_os_get_passwd(&pwd);
  if (err != 0) {
    args.rval().setInt32(err);
    return true;
  }
  JS::RootedObject info(cx, JS_NewObjectWithGivenProto(cx, nullptr, nullptr));  // null prototype, as Node's
  bool ok = info && SetNumberProperty(cx, info, "uid", static_cast<double>(pwd.uid)) &&
            SetNumberProperty(cx, info, "gid", static_cast<double>(pwd.gid)) &&
            SetStringProperty(cx, info, "username", pwd.username) &&
            SetStringProperty(cx, info, "homedir", pwd.homedir);
  if (ok) {
    JS::RootedValue shell(cx, JS::NullValue());
    if (pwd.shell) {
      JSString* s = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(pwd.shell, std::strlen(pwd.shell)));
      if (s) shell.setString(s);
      ok = s != nullptr;
    }
    ok = ok && JS_SetProperty(cx, info, "shell", shell);
  }
  uv_os_free_passwd(&pwd);
  if (!ok) return false;
  args.rval().setObject(*info);
  return true;
}

// interfaceAddresses() -> [name, address, netmask, family, mac, internal, scopeid, name, ...]: seven values per
// address of each network interface, from libuv (scopeid is -1 for IPv4).
bool InterfaceAddresses(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  uv_interface_address_t* interfaces = nullptr;
  int count = 0;
  if (uv_interface_addresses(&interfaces, &count) != 0) count = 0;
  JS::RootedValueVector values(cx);
  bool ok = true;
  auto add_string = [&](const char* text) {
    JSString* s = JS_NewStringCopyUTF8Z(cx, JS::ConstUTF8CharsZ(text, std::strlen(text)));
    return s && values.append(JS::StringValue(s));
  };
  for (int i = 0; ok && i < count; i++) {
    const uv_interface_address_t& entry = interfaces[i];
    char address[INET6_ADDRSTRLEN] = "";
    char netmask[INET6_ADDRSTRLEN] = "";
    bool v6 = entry.address.address4.sin_family == AF_INET6;
    if (v6) {
      uv_ip6_name(&entry.address.address6, address, sizeof(address));
      uv_ip6_name(&entry.netmask.netmask6, netmask, sizeof(netmask));
    } else {
      uv_ip4_name(&entry.address.address4, address, sizeof(address));
      uv_ip4_name(&entry.netmask.netmask4, netmask, sizeof(netmask));
    }
    char mac[18];
    const auto* b = reinterpret_cast<const unsigned char*>(entry.phys_addr);
    std::snprintf(mac, sizeof(mac), "%02x:%02x:%02x:%02x:%02x:%02x", b[0], b[1], b[2], b[3], b[4], b[5]);
    ok = add_string(entry.name) && add_string(address) && add_string(netmask) && add_string(v6 ? "IPv6" : "IPv4") &&
         add_string(mac) && values.append(JS::BooleanValue(entry.is_internal != 0)) &&
         values.append(JS::NumberValue(v6 ? static_cast<double>(entry.address.address6.sin6_scope_id) : -1));
  }
  if (interfaces) uv_free_interface_addresses(interfaces, count);
  if (!ok) return false;
  JSObject* array = JS::NewArrayObject(cx, values);
  if (!array) return false;
  args.rval().setObject(*array);
  return true;
}

bool AvailableParallelism(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  args.rval().setNumber(static_cast<double>(uv_available_parallelism()));
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("hostname", Hostname, 0, 0), JS_FN("homedir", Homedir, 0, 0),  JS_FN("uname", Uname, 0, 0),
    JS_FN("memory", Memory, 0, 0),     JS_FN("loadavg", Loadavg, 0, 0),  JS_FN("uptime", Uptime, 0, 0),
    JS_FN("cpus", Cpus, 0, 0),         JS_FN("availableParallelism", AvailableParallelism, 0, 0),
    JS_FN("userInfo", UserInfo, 0, 0), JS_FN("interfaceAddresses", InterfaceAddresses, 0, 0),
    JS_FS_END};

}  // namespace

bool InitOsBinding(JSContext* cx, JS::HandleObject target) { return DefineFunctions(cx, target, kFunctions); }

}  // namespace loom
