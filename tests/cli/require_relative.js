// require of a relative file: resolution with and without the .js extension, module caching,
// module.exports, and the helper's own __filename.
const a = require('./lib/helper');
const b = require('./lib/helper.js');
console.log(a === b, a.name, a.loadCount(), a.file.endsWith('/lib/helper.js'));
