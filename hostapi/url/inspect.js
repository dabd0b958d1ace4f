// The [util.inspect.custom] methods of URL, URLSearchParams and the
// URLSearchParams Iterator, printing what Node 20 prints.
// spList(sp) returns the pairs of a URLSearchParams flattened
// [name, value, ...]; iterState(it) returns [kind, index, flat pairs]
// (kind 0 keys, 1 values, 2 entries). Both throw Node's ERR_INVALID_THIS
// for foreign receivers.
(function (urlProto, spProto, itProto, custom, spList, iterState) {
  'use strict';
  const removeColors = (s) => String(s).replace(/\u001b\[\d\d?m/g, '');
  const define = (proto, fn) => Object.defineProperty(proto, custom, {
    __proto__: null, value: fn, writable: true, configurable: true,
  });
  const ctorOf = (obj) => {
    while (obj) {
      const d = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value;
      obj = Object.getPrototypeOf(obj);
    }
    return null;
  };

  define(urlProto, function (depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = ctorOf(this) || urlProto.constructor;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  });

  define(spProto, function (recurseTimes, ctx, inspect) {
    const list = spList(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const length = output.reduce((prev, cur) => prev + removeColors(cur).length + separator.length, -separator.length);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  });

  define(itProto, function (recurseTimes, ctx, inspect) {
    const [kind, index, values] = iterState(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const output = [];
    for (let i = index * 2; i < values.length; i += 2) {
      if (kind === 0) output.push(values[i]);
      else if (kind === 1) output.push(values[i + 1]);
      else output.push([values[i], values[i + 1]]);
    }
    const breakLn = inspect(output, innerOpts).includes('\n');
    const strs = output.map((p) => inspect(p, innerOpts));
    const body = breakLn ? `\n  ${strs.join(',\n  ')}` : ` ${strs.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
  });
})
