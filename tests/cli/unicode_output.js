// Non-ASCII output is written as UTF-8 bytes, verbatim; lone surrogates become U+FFFD.
console.log('héllo wörld', '日本語', '😀', 'Ω≈ç√');
console.log(['ünï', '😀']);
process.stdout.write('raw: ñ\n');
console.log('\ud800 lone surrogate');
console.log('😀'.length, [...'😀'].length);
