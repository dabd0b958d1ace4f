// An unref'd interval still fires while something else keeps the loop alive, then stops
// mattering once that is gone: the process exits without clearing it.
let n = 0;
setInterval(() => { n++; }, 5).unref();
setTimeout(() => console.log('interval fired while loop alive:', n > 0), 60);
