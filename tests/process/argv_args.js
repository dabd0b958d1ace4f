// process.argv: [execPath, absolute script path, ...args] with the extra args passed verbatim.
// golden: args alpha --beta -c 42
console.log(process.argv.length, process.argv.slice(2));
console.log(process.argv[0] === process.execPath);
