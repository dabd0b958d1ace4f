// Exit codes are taken modulo 256 by the OS: process.exit(257) -> 1.
process.on('exit', (c) => console.log('exit listener code', c));
process.exit(257);
