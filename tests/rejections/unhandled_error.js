// semantics §1.10: an unhandled rejection with an Error reason is raised as an uncaught
// exception (Node 20 default --unhandled-rejections=throw): §1.12 layout, caret under
// `new Error`, exit 1, and the pending timer never runs.
Promise.reject(new Error('nobody catches me'));
setTimeout(() => console.log('timer (never runs)'), 0);
console.log('sync end');
