// semantics §1.0: `after *= 1` — the delay goes through ToNumber, so valueOf() is honoured and
// null/false/[] are 0 -> 1 ms; fractions truncate (1.9 -> 1).
const order = [];
setTimeout(() => order.push('valueOf 200'), { valueOf() { return 200; } });
setTimeout(() => order.push('"100"'), '100');
setTimeout(() => order.push('null'), null);
setTimeout(() => order.push('false'), false);
setTimeout(() => order.push('[]'), []);
setTimeout(() => order.push('1.9'), 1.9);
setTimeout(() => console.log(order.join(' | ')), 300);
