'use strict';
// console.table: Node's box-drawing table of an array's or object's rows and columns.

function printTable(console, data, properties) {
  const { inspect } = require('internal/util/inspect');
  if (data === null || typeof data !== 'object') return console.log(data);
  const fmt = (v) => inspect(v, { breakLength: Infinity, colors: false, depth: 1, compact: true });
  const indexKey = '(index)';
  const valuesKey = 'Values';
  const keys = [];
  const rows = [];
  let hasValues = false;
  const isMap = data instanceof Map;
  const entries = isMap ? [...data.entries()] : Object.entries(data);
  for (const [index, row] of entries) {
    const out = { [indexKey]: isMap ? fmt(index) : String(index) };
    if (row !== null && typeof row === 'object') {
      for (const key of Object.keys(row)) {
        if (properties && !properties.includes(key)) continue;
        if (!keys.includes(key)) keys.push(key);
        out[key] = fmt(row[key]);
      }
    } else {
      hasValues = true;
      out[valuesKey] = fmt(row);
    }
    rows.push(out);
  }
  const columns = [indexKey, ...(properties || keys), ...(hasValues ? [valuesKey] : [])];
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] || '').length)) + 2);
  // Node 20 left-aligns every cell, with one space of padding.
  const pad = (text, width) => ` ${text}${' '.repeat(width - text.length - 1)}`;
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const lines = [line('┌', '┬', '┐'),
                 '│' + columns.map((c, i) => pad(c, widths[i])).join('│') + '│',
                 line('├', '┼', '┤')];
  for (const r of rows) lines.push('│' + columns.map((c, i) => pad(r[c] || '', widths[i])).join('│') + '│');
  lines.push(line('└', '┴', '┘'));
  console.log(lines.join('\n'));
}

module.exports = { printTable };
