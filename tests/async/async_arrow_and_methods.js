// async arrows, async methods, async class methods: all return native promises.
const obj = { async m() { return 'method'; } };
class C { async run() { return 'class method'; } static async s() { return 'static'; } }
const arrow = async () => 'arrow';
Promise.all([obj.m(), new C().run(), C.s(), arrow()]).then((v) => console.log(v));
console.log(Object.prototype.toString.call(arrow), arrow.constructor.name);
