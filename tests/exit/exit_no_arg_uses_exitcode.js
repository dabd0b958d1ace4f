// semantics §1.13: process.exit() with no argument uses process.exitCode, even if set after the
// exit was scheduled.
(async () => { await null; process.exit(); })();
process.exitCode = 4;
