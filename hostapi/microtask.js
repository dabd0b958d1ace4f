(function (report, invalid) {
  'use strict';
  const resolved = Promise.resolve();
  return function queueMicrotask(callback) {
    if (typeof callback !== 'function') throw invalid(callback);
    resolved.then(() => {
      try {
        callback();
      } catch (e) {
        report(e);
      }
    });
  };
})
