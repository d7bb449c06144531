// Objects whose list of property names recurs (records in an array, the same kind of message sent again and
// again) clone exactly, whatever the names: quotes, backslashes, line and paragraph separators, lone
// surrogates, integer-like names, __proto__ and names of Object.prototype's members. loom builds such objects
// with compiled object literals once a shape has been seen a few times; this checks those objects.
'use strict';
const assert = require('assert');
const { MessageChannel, receiveMessageOnPort } = require('worker_threads');

const odd = ['"', '\\', "'", '\n', '\u2028', '\u2029', '\ud800', '€', '}', '${x}', 'a b', '', '0', '7', '42',
             '4294967295', '-1', '1.5', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'a-b', '$', '_'];

function makeRecord(i) {
  const record = {};
  odd.forEach((name, j) => { record[name] = j % 3 === 0 ? `${name}:${i}` : j % 3 === 1 ? i * j : [i, name]; });
  return record;
}

function check(clone, i) {
  const expected = makeRecord(i);
  assert.deepStrictEqual(Object.keys(clone), Object.keys(expected));
  assert.deepStrictEqual(clone, expected);
  assert.strictEqual(Object.getPrototypeOf(clone), Object.prototype);
}

// Many records of one shape in one value.
const records = Array.from({ length: 50 }, (_, i) => makeRecord(i));
structuredClone(records).forEach(check);

// The same shape in message after message, through a port.
const { port1, port2 } = new MessageChannel();
for (let i = 0; i < 20; i++) {
  port1.postMessage(makeRecord(i));
  check(receiveMessageOnPort(port2).message, i);
}
port1.close();

// An own __proto__ among recurring names stays an own property and never sets the prototype.
const withProto = (i) => JSON.parse(`{"a": ${i}, "__proto__": {"polluted": ${i}}, "b": "x"}`);
for (let i = 0; i < 10; i++) {
  const clone = structuredClone(withProto(i));
  assert.deepStrictEqual(Object.keys(clone), ['a', '__proto__', 'b']);
  assert.strictEqual(Object.getPrototypeOf(clone), Object.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(clone, '__proto__').value, { polluted: i });
  assert.strictEqual({}.polluted, undefined);
}

// Setters on Object.prototype are not called while recurring objects are built.
let setterCalls = 0;
Object.defineProperty(Object.prototype, 'trap', { set() { setterCalls++; }, configurable: true });
try {
  for (let i = 0; i < 10; i++) {
    const clone = structuredClone({ trap: i, other: 'y' });
    assert.ok(Object.prototype.hasOwnProperty.call(clone, 'trap'));
    assert.strictEqual(clone.trap, i);
  }
} finally {
  delete Object.prototype.trap;
}
assert.strictEqual(setterCalls, 0);

// Shapes that differ only in order are different shapes.
for (let i = 0; i < 10; i++) {
  assert.deepStrictEqual(Object.keys(structuredClone({ x: 1, y: 2 })), ['x', 'y']);
  assert.deepStrictEqual(Object.keys(structuredClone({ y: 2, x: 1 })), ['y', 'x']);
}
