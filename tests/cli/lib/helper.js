// Helper module for cli/require_relative.js (not a case itself: cases are tests/*/*.js).
let loads = (globalThis.__helperLoads || 0) + 1;
globalThis.__helperLoads = loads;
module.exports = { name: 'helper', loadCount: () => loads, file: __filename };
