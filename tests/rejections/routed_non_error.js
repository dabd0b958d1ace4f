// A non-Error unhandled rejection routed to 'uncaughtException' arrives as an
// UnhandledPromiseRejection error (code ERR_UNHANDLED_REJECTION).
process.on('uncaughtException', (err, origin) => console.log(origin, err.name, err.code, '|', err.message));
Promise.reject(7);
