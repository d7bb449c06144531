// internalBinding('worker'): creating, starting, terminating and ref'ing worker threads from the parent, and,
// inside a worker, what the thread knows about itself (its start-up message and ports).
// lib/internal/worker.js builds the Worker class on top.
#include <js/Array.h>
#include <js/Object.h>

#include "bindings/binding_util.h"
#include "env/environment.h"
#include "messaging/clone.h"
#include "worker/worker.h"

namespace loom {
namespace {

void FinalizeWorkerHandle(JS::GCContext*, JSObject* obj) {
  delete JS::GetMaybePtrFromReservedSlot<std::shared_ptr<Worker>>(obj, 0);
}

const JSClassOps kWorkerHandleOps = {nullptr, nullptr, nullptr, nullptr, nullptr,
                                     nullptr, FinalizeWorkerHandle, nullptr, nullptr, nullptr};
const JSClass kWorkerHandleClass = {"WorkerHandle", JSCLASS_HAS_RESERVED_SLOTS(1) | JSCLASS_FOREGROUND_FINALIZE,
                                    &kWorkerHandleOps};

std::shared_ptr<Worker> GetWorker(JSContext* cx, JS::HandleValue value) {
  if (!value.isObject() || JS::GetClass(&value.toObject()) != &kWorkerHandleClass) {
    ThrowTypeError(cx, "Receiver is not a Worker");
    return nullptr;
  }
  return *JS::GetMaybePtrFromReservedSlot<std::shared_ptr<Worker>>(&value.toObject(), 0);
}

double NumberOrZero(JSContext* cx, JS::HandleObject obj, const char* name) {
  JS::RootedValue v(cx);
  if (!obj || !JS_GetProperty(cx, obj, name, &v) || !v.isNumber()) return 0;
  return v.toNumber();
}

// createWorker(startup, transferList, limits) -> [handle, port, controlPort, threadId]
// `startup` is cloned now, so a DataCloneError is thrown synchronously by the Worker constructor.
bool CreateWorker(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  std::unique_ptr<CloneMessage> startup = SerializeValue(cx, args.get(0), args.get(1));
  if (!startup) return false;
  JS::RootedObject limits(cx, args.get(2).isObject() ? &args.get(2).toObject() : nullptr);
  EngineLimits engine_limits;
  double old_mb = NumberOrZero(cx, limits, "maxOldGenerationSizeMb");
  double young_mb = NumberOrZero(cx, limits, "maxYoungGenerationSizeMb");
  double stack_mb = NumberOrZero(cx, limits, "stackSizeMb");
  if (old_mb > 0) engine_limits.max_heap_bytes = static_cast<uint64_t>((old_mb + young_mb) * 1024 * 1024);
  if (young_mb > 0) engine_limits.nursery_bytes = static_cast<uint32_t>(young_mb * 1024 * 1024);
  if (stack_mb > 0) engine_limits.stack_bytes = static_cast<size_t>(stack_mb * 1024 * 1024);
  auto worker = std::make_shared<Worker>(env, std::move(startup), engine_limits);
  JS::RootedObject handle(cx, JS_NewObject(cx, &kWorkerHandleClass));
  if (!handle) return false;
  JS::SetReservedSlot(handle, 0, JS::PrivateValue(new std::shared_ptr<Worker>(worker)));
  // The control port is created first: libuv runs ready async handles in creation order, so a worker's
  // 'online' notice is seen before the messages it posted right after starting.
  JS::RootedObject control(cx, NewPortForCore(cx, worker->parent_control()));
  if (!control) return false;
  JS::RootedObject port(cx, NewPortForCore(cx, worker->parent_port()));
  if (!port) return false;
  JS::RootedValueArray<4> result(cx);
  result[0].setObject(*handle);
  result[1].setObject(*port);
  result[2].setObject(*control);
  result[3].setNumber(static_cast<double>(worker->thread_id()));
  JSObject* arr = JS::NewArrayObject(cx, result);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// startWorker(handle) -> 0 or a libuv error code
bool StartWorker(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::shared_ptr<Worker> worker = GetWorker(cx, args.get(0));
  if (!worker) return false;
  JS::RootedObject owner(cx, &args.get(0).toObject());
  args.rval().setInt32(worker->Start(worker, owner));
  return true;
}

bool TerminateWorker(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::shared_ptr<Worker> worker = GetWorker(cx, args.get(0));
  if (!worker) return false;
  worker->Terminate();
  args.rval().setUndefined();
  return true;
}

bool SetWorkerRef(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::shared_ptr<Worker> worker = GetWorker(cx, args.get(0));
  if (!worker) return false;
  worker->SetRef(JS::ToBoolean(args.get(1)));
  args.rval().setUndefined();
  return true;
}

// loopTimes(handle) -> [idleMs, aliveMs] or null
bool LoopTimes(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  std::shared_ptr<Worker> worker = GetWorker(cx, args.get(0));
  if (!worker) return false;
  double idle = 0, alive = 0;
  if (!worker->LoopTimes(&idle, &alive)) {
    args.rval().setNull();
    return true;
  }
  JS::RootedValueArray<2> times(cx);
  times[0].setNumber(idle);
  times[1].setNumber(alive);
  JSObject* arr = JS::NewArrayObject(cx, times);
  if (!arr) return false;
  args.rval().setObject(*arr);
  return true;
}

// markOnline() -> false when this worker is being terminated and must not announce itself (see Worker).
bool MarkOnline(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Worker* worker = Environment::Current()->worker_context();
  args.rval().setBoolean(worker != nullptr && worker->MarkOnline());
  return true;
}

bool SetExitHook(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment::Current()->SetHook(Environment::kWorkerOnExit, args.get(0));
  args.rval().setUndefined();
  return true;
}

// getWorkerContext() -> null on the main thread; in a worker, once:
// { threadId, startup, port, controlPort, resourceLimits: [oldMb, youngMb, codeRangeMb, stackMb] }
bool GetWorkerContext(JSContext* cx, unsigned argc, JS::Value* vp) {
  JS::CallArgs args = JS::CallArgsFromVp(argc, vp);
  Environment* env = Environment::Current();
  Worker* worker = env->worker_context();
  if (!worker) {
    args.rval().setNull();
    return true;
  }
  JS::RootedObject result(cx, JS_NewPlainObject(cx));
  if (!result || !SetNumberProperty(cx, result, "threadId", static_cast<double>(worker->thread_id())))
    return false;
  std::unique_ptr<CloneMessage> startup = worker->TakeStartupMessage();
  JS::RootedValue value(cx);
  if (startup && !DeserializeValue(cx, startup.get(), &value)) return false;
  if (!SetProperty(cx, result, "startup", value)) return false;
  JS::RootedObject control(cx, NewPortForCore(cx, worker->child_control()));
  JS::RootedObject port(cx, NewPortForCore(cx, worker->child_port()));
  if (!port || !control) return false;
  value.setObject(*port);
  if (!SetProperty(cx, result, "port", value)) return false;
  value.setObject(*control);
  if (!SetProperty(cx, result, "controlPort", value)) return false;
  const EngineLimits& limits = worker->limits();
  double young = limits.nursery_bytes / (1024.0 * 1024.0);
  double old = limits.max_heap_bytes ? limits.max_heap_bytes / (1024.0 * 1024.0) - young : 0;
  JS::RootedValueArray<4> rl(cx);
  rl[0].setNumber(old);
  rl[1].setNumber(young);
  rl[2].setNumber(0);
  rl[3].setNumber(limits.stack_bytes / (1024.0 * 1024.0));
  JSObject* arr = JS::NewArrayObject(cx, rl);
  if (!arr) return false;
  value.setObject(*arr);
  if (!SetProperty(cx, result, "resourceLimits", value)) return false;
  args.rval().setObject(*result);
  return true;
}

const JSFunctionSpec kFunctions[] = {
    JS_FN("createWorker", CreateWorker, 4, 0),     JS_FN("startWorker", StartWorker, 1, 0),
    JS_FN("terminateWorker", TerminateWorker, 1, 0), JS_FN("setWorkerRef", SetWorkerRef, 2, 0),
    JS_FN("setExitHook", SetExitHook, 1, 0),       JS_FN("loopTimes", LoopTimes, 1, 0),
    JS_FN("getWorkerContext", GetWorkerContext, 0, 0), JS_FN("markOnline", MarkOnline, 0, 0),
    JS_FS_END};

}  // namespace

bool InitWorkerBinding(JSContext* cx, JS::HandleObject target) {
  return DefineFunctions(cx, target, kFunctions);
}

}  // namespace loom
