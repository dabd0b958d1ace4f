// The main file runs as a CommonJS module: require/module/exports/__filename/__dirname exist,
// `this` is module.exports, require.main === module, and the code is sloppy mode.
console.log(typeof require, typeof module, typeof exports, this === module.exports, exports === module.exports);
console.log('__filename', __filename === process.argv[1], __filename.endsWith('/module_wrapper.js'));
console.log('__dirname', __dirname === process.cwd());
console.log('require.main === module', require.main === module);
console.log('sloppy mode', (function () { return this; })() === globalThis);
console.log('global === globalThis', typeof global, global === globalThis);
