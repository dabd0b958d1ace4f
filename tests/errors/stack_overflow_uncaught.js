// Uncaught runaway recursion: RangeError: Maximum call stack size exceeded, exit 1.
// The caret/source line depend on where the engine notices the overflow, so only the error
// line is pinned.
// golden: stderr-skip ^<file>:\d+$
// golden: stderr-skip ^function recurse
// golden: stderr-skip ^\s*\^+$
function recurse() { recurse(); }
console.log('before');
recurse();
