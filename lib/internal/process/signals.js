'use strict';
// Signal events of the main thread, as Node has them: the first listener for a signal (process.on('SIGTERM',
// ...)) starts a libuv signal handle, so the signal is emitted as an event, with its name and number, instead
// of ending the process; removing the last listener restores the default action. Workers get no signals.

const binding = internalBinding('signals');

function signalNumber(type) {
  if (typeof type !== 'string' || !type.startsWith('SIG')) return undefined;
  return require('os').constants.signals[type];
}

function startListeningIfSignal(type) {
  const signum = signalNumber(type);
  if (signum === undefined) return;
  const err = binding.start(signum, (number) => process.emit(type, type, number));
  if (err) throw require('internal/errors').errnoException(err, 'uv_signal_start');
}

function stopListeningIfSignal(type) {
  const signum = signalNumber(type);
  if (signum !== undefined && process.listenerCount(type) === 0) binding.stop(signum);
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
