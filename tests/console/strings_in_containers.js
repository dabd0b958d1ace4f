// Quoting rules inside containers: single quotes by default, double if the string has single
// quotes, backticks if it has both; escapes for control characters; long strings split.
console.log(['plain', "it's", `it's "both"`, 'tab\there', 'nul\0', 'uni\u2028']);
console.log({ s: 'x'.repeat(20) });
console.log(['a'.repeat(100)]);
console.log({ 'key with spaces': 1, valid_id: 2, $dollar: 3, '1abc': 4 });
