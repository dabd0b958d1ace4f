// process.stdout.write writes raw bytes without a newline and returns true; console.log
// appends one; the output here deliberately ends without a trailing newline.
console.log('write returned', process.stdout.write('a'));
process.stdout.write('b\n');
process.stdout.write('no newline at the end');
