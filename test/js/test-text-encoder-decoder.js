'use strict';
// TextEncoder and TextDecoder: encode/encodeInto, utf-8 decoding with replacement or `fatal`, BOM
// handling and `ignoreBOM`, streaming across chunk boundaries, utf-16le/be, the latin1/windows-1252
// labels, accepted input types, errors and inspection.
require('../common');
const assert = require('assert');
const util = require('util');

const bytes = (...b) => new Uint8Array(b);

// TextEncoder
const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
assert.deepStrictEqual(te.encode('a€\ud83d\ude00'), bytes(0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80));
assert.deepStrictEqual(te.encode('\ud800x'), bytes(0xef, 0xbf, 0xbd, 0x78));
assert.deepStrictEqual(te.encode(), bytes());
assert.deepStrictEqual(te.encode(12), bytes(0x31, 0x32));
assert.ok(te.encode('x') instanceof Uint8Array);
const dest = new Uint8Array(5);
assert.deepStrictEqual(te.encodeInto('a€\ud83d\ude00', dest), { read: 2, written: 4 });
assert.deepStrictEqual(dest, bytes(0x61, 0xe2, 0x82, 0xac, 0));
assert.deepStrictEqual(te.encodeInto('\ud83d', new Uint8Array(3)), { read: 1, written: 3 });
assert.deepStrictEqual(te.encodeInto('abc', new Uint8Array(0)), { read: 0, written: 0 });
assert.throws(() => te.encodeInto('a', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => te.encodeInto(1, new Uint8Array(1)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => TextEncoder.prototype.encode.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextEncoder',
});

// TextDecoder basics.
const td = new TextDecoder();
assert.strictEqual(td.encoding, 'utf-8');
assert.strictEqual(td.fatal, false);
assert.strictEqual(td.ignoreBOM, false);
assert.strictEqual(td.decode(bytes(0x68, 0xc3, 0xa9)), 'h\u00e9');
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(bytes(0xff, 0x41, 0xe2, 0x82)), '\ufffdA\ufffd');
assert.strictEqual(td.decode(bytes(0xed, 0xa0, 0x80)), '\ufffd\ufffd\ufffd');       // surrogates
assert.strictEqual(td.decode(bytes(0xf0, 0x9f, 0x98)), '\ufffd');                    // truncated
assert.strictEqual(td.decode(bytes(0xc0, 0x80)), '\ufffd\ufffd');                    // overlong
// Accepted inputs: ArrayBuffer, typed arrays, DataView, Buffer.
const ab = new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer;
assert.strictEqual(td.decode(ab), 'abcd');
assert.strictEqual(td.decode(new DataView(ab, 1, 2)), 'bc');
assert.strictEqual(td.decode(new Uint16Array(ab, 2, 1)), 'cd');
assert.strictEqual(td.decode(Buffer.from('xyz')), 'xyz');
assert.throws(() => td.decode('abc'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });

// BOM handling.
assert.strictEqual(td.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');
assert.strictEqual(td.decode(bytes(0x41, 0xef, 0xbb, 0xbf)), 'A\ufeff');

// Streaming: sequences split anywhere decode as if whole; the BOM is only stripped at the start.
const text = 'a\u00e9€\ud83d\ude00z';
const encoded = te.encode(text);
for (let cut1 = 0; cut1 <= encoded.length; cut1++) {
  for (let cut2 = cut1; cut2 <= encoded.length; cut2++) {
    const d = new TextDecoder();
    const out = d.decode(encoded.subarray(0, cut1), { stream: true }) +
                d.decode(encoded.subarray(cut1, cut2), { stream: true }) +
                d.decode(encoded.subarray(cut2));
    assert.strictEqual(out, text, `${cut1}/${cut2}`);
  }
}
const sd = new TextDecoder();
assert.strictEqual(sd.decode(bytes(0xef, 0xbb), { stream: true }), '');
assert.strictEqual(sd.decode(bytes(0xbf, 0x41), { stream: true }), 'A');
assert.strictEqual(sd.decode(bytes(0xef, 0xbb, 0xbf), { stream: true }), '\ufeff');
assert.strictEqual(sd.decode(bytes(0xf0, 0x9f)), '\ufffd');      // flush an incomplete sequence
assert.strictEqual(sd.decode(bytes(0xef, 0xbb, 0xbf, 0x42)), 'B');  // a new stream strips the BOM again

// fatal
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(bytes(0xe2, 0x82, 0xac)), '€');
assert.throws(() => fatal.decode(bytes(0xff)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', name: 'TypeError',
  message: 'The encoded data was not valid for encoding utf-8',
});
assert.strictEqual(fatal.decode(bytes(0xe2, 0x82), { stream: true }), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(bytes(0x41)), 'A');

// utf-16
const le = new TextDecoder('utf-16le');
assert.strictEqual(le.encoding, 'utf-16le');
assert.strictEqual(le.decode(bytes(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde)), 'A\ud83d\ude00');
assert.strictEqual(le.decode(bytes(0x00, 0xd8, 0x41, 0x00, 0x42)), '\ufffdA\ufffd');
assert.strictEqual(le.decode(bytes(0x3d), { stream: true }) + le.decode(bytes(0xd8, 0x00), { stream: true }) +
                   le.decode(bytes(0xde)), '\ud83d\ude00');
assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
assert.strictEqual(new TextDecoder('utf-16be').decode(bytes(0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00)),
                   'A\ud83d\ude00');
assert.throws(() => new TextDecoder('utf-16le', { fatal: true }).decode(bytes(0x00, 0xdc)), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-16le',
});

// latin1 / windows-1252 labels, as Node 20 decodes them.
for (const label of ['latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'windows-1252', 'cp1252', 'l1']) {
  const d = new TextDecoder(label);
  assert.strictEqual(d.encoding, 'windows-1252', label);
  assert.strictEqual(d.decode(bytes(0x41, 0xe9, 0xff)), 'A\u00e9\u00ff', label);
}

// Labels: case-insensitive, ASCII whitespace trimmed.
assert.strictEqual(new TextDecoder(' UTF8\n').encoding, 'utf-8');
assert.strictEqual(new TextDecoder('unicode-1-1-utf-8').encoding, 'utf-8');
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
assert.throws(() => new TextDecoder('nope'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError', message: 'The "nope" encoding is not supported',
});
assert.throws(() => new TextDecoder(null), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
assert.throws(() => new TextDecoder('utf-8', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => TextDecoder.prototype.decode.call({}), { code: 'ERR_INVALID_THIS' });

// Inspection and tags.
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(Object.prototype.toString.call(td), '[object TextDecoder]');
assert.strictEqual(Object.prototype.toString.call(te), '[object TextEncoder]');
assert.strictEqual(require('util').TextDecoder, TextDecoder);
