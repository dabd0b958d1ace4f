// A UTF-8 byte order mark at the start of the file is ignored.
console.log("bom ignored", typeof "\ufeff");
