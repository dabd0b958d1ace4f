// console.log of circular structures: <ref *1> and [Circular *1].
const o = { name: 'root' };
o.self = o;
o.list = [o, { back: o }];
console.log(o);
const arr = [1];
arr.push(arr);
console.log(arr);
