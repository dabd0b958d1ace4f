// Command jsloop runs JavaScript files the way `node` does, on the jsloop
// event loop:
//
//	jsloop [options] [FILE | -] [ARGS...]
//
// Options: -e/--eval CODE, -p/--print CODE, --virtual-time, --version,
// --help. With no FILE and a piped stdin, the script is read from stdin.
// Exit codes: 0; 1 for an uncaught exception; 2 for a usage error; n for
// process.exit(n) or process.exitCode = n; 130 on SIGINT.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
