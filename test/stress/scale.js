'use strict';
// Stress counts, scaled down by LOOM_STRESS_SCALE (the sanitizer presets set it: instrumented builds run
// several times slower). The full counts are the ones the guarantees in the README quote.
const scale = Number(process.env.LOOM_STRESS_SCALE || 1);
module.exports = (n) => Math.max(1, Math.round(n * scale));
