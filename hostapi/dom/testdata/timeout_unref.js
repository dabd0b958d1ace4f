const s = AbortSignal.timeout(50000);
s.addEventListener('abort', () => console.log('never'));
console.log('exits at once');
