// Arguments after the script name are passed to process.argv verbatim, even ones that look
// like runtime flags or the `--` separator.
// golden: args -- --version -e x -p --help
console.log(JSON.stringify(process.argv.slice(2)));
