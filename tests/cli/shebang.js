#!/usr/bin/env node
// A leading #! line is ignored by the loader.
console.log('shebang ignored');
