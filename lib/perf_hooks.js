'use strict';
// `perf_hooks`: performance.now() and timeOrigin from the monotonic clock, and the user timing marks and
// measures of the W3C API.

const { hrtimeBigint, loopStart, loopTimes } = internalBinding('process');

// The clock starts with this thread (a worker's when its code could first run), not when this module loads.
const startNs = loopStart();

function now() {
  return Number(hrtimeBigint() - startNs) / 1e6;
}

const timeOrigin = Date.now() - now();  // wall clock at this thread's start

// Node's event-loop utilization from [idle, alive] loop times: totals, the change since util1, or the
// difference between util1 and util2. Also used for worker.performance (lib/internal/worker.js).
function utilization(times, util1, util2) {
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: idle + active > 0 ? active / (idle + active) : 0 };
  }
  const idle = times[0];
  const active = Math.max(times[1] - idle, 0);
  if (!util1) return { idle, active, utilization: idle + active > 0 ? active / (idle + active) : 0 };
  // Idle and elapsed time are read a few nanoseconds apart; clamp the jitter that can make a delta < 0.
  const idleDelta = Math.max(idle - util1.idle, 0);
  const activeDelta = Math.max(active - util1.active, 0);
  const total = idleDelta + activeDelta;
  return { idle: idleDelta, active: activeDelta, utilization: total > 0 ? activeDelta / total : 0 };
}

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail === undefined ? null : detail;
  }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration,
             detail: this.detail };
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function errors() { return require('internal/errors').codes; }

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const DOMException = require('internal/dom_exception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const performance = {
  now,
  timeOrigin,
  mark(name, options = {}) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('name');
    const startTime = options.startTime !== undefined ? options.startTime : now();
    const entry = new PerformanceMark(`${name}`, 'mark', startTime, 0, options.detail);
    entries.push(entry);
    return entry;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end)
        : startOrOptions.duration !== undefined ? (start || 0) + startOrOptions.duration : now();
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions);
      end = endMark !== undefined ? markTime(endMark) : now();
    }
    if (start === undefined) start = 0;
    const entry = new PerformanceMeasure(`${name}`, 'measure', start, end - start, detail);
    entries.push(entry);
    return entry;
  },
  getEntries() { return entries.slice(); },
  getEntriesByName(name, type) {
    return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  },
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); },
  clearMarks(name) { removeEntries('mark', name); },
  clearMeasures(name) { removeEntries('measure', name); },
  toJSON() { return { timeOrigin, nodeTiming: {}, eventLoopUtilization: {} }; },
  eventLoopUtilization(util1, util2) { return utilization(loopTimes(), util1, util2); },
};

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure, utilization };
