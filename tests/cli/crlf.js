// CRLF line endings are accepted; template literals normalise CRLF to LF.
console.log("crlf ok");
const t = `a
b`;
console.log(JSON.stringify(t));
