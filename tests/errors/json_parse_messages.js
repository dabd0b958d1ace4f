// JSON.parse rejects bad input with V8's SyntaxError messages (token, position, context).
const cases = ['not json', '', '{', '[1,]', '{"a":1}x', '{"a" 1}', '{"a":1,}', '[1 2]', '"abc', '"a\u0001"',
  '"\\x"', '"\\u12"', '-', '1.', '1e', '01', 'undefined', 'NaN', '{a:1}', 'tru', '[', '{"a":1,', '{"a":1',
  'this is a long invalid json text here', '{"key": "value", "other": bad}', '[1,2,3,4,5,6,7,8,9,x,1,2,3,4,5,6,7,8,9,10,11]'];
for (const c of cases) {
  try {
    JSON.parse(c);
    console.log(JSON.stringify(c), 'parsed');
  } catch (e) {
    console.log(JSON.stringify(c), '=>', e.name + ': ' + e.message, e instanceof SyntaxError);
  }
}
console.log(JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse.name, JSON.parse.length);
