'use strict';
// The public `worker_threads` module: Worker, the thread's own identity (isMainThread, threadId, parentPort,
// workerData, resourceLimits), ports and channels, environment data and transfer marks.

const { info } = internalBinding('process');
const { isMainThread, threadId } = info();
const {
  Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData,
} = require('internal/worker');
const {
  MessagePort, MessageChannel, BroadcastChannel, receiveMessageOnPort,
} = require('internal/worker/io');
const { markAsUntransferable } = require('internal/worker/transfer');
const { postMessageToThread } = require('internal/worker/thread_messaging');

let parentPort = null;
let workerData = null;
let resourceLimits = {};
if (!isMainThread) {
  const ctx = require('internal/main/worker_thread').workerContext();
  parentPort = ctx.port;
  workerData = ctx.startup.workerData;
  const limits = ctx.resourceLimits;  // [maxOld, maxYoung, codeRange, stack]; not destructured (see bootstrap/node)
  resourceLimits = {
    maxYoungGenerationSizeMb: limits[1] || 16,
    maxOldGenerationSizeMb: limits[0] || 4096,
    codeRangeSizeMb: limits[2],
    stackSizeMb: limits[3],
  };
}

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  receiveMessageOnPort,
  resourceLimits,
  threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
  postMessageToThread,
};
