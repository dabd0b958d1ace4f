// A large console.log/process.stdout.write burst is not lost when the loop ends normally.
const chunk = 'y'.repeat(1023) + '\n';
let s = '';
for (let i = 0; i < 512; i++) s += chunk;
process.stdout.write(s);
console.log('total bytes before this line:', s.length);
