// Many lines of output all arrive, in order, before the normal exit.
for (let i = 0; i < 5000; i++) console.log('line', i);
process.stdout.write('x'.repeat(200000) + '\n');
console.log('end');
