// console.log of class instances: ClassName { fields }, empty instances, inherited classes,
// Symbol.toStringTag, classes and functions themselves.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Point3 extends Point { constructor() { super(1, 2); this.z = 3; } }
console.log(new Point(1, 2), new Empty(), new Point3());
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(new Tagged());
console.log(Point, Empty, class {}, function f() {}, () => {}, async function af() {}, function* gen() {});
console.log([new Point(0, 0)], { p: new Empty() });
