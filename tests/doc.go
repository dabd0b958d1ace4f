// Package tests holds jsloop's cross-package conformance suites; it has no API.
//
// # Suites
//
//   - TestGolden (golden_test.go): every tests/<area>/<case>.js is run through the built jsloop
//     binary and compared with <case>.out, recorded from Node v20. When node is on PATH the
//     same cases also run live through node, so drift between the recording and Node shows.
//   - TestCLI (cli_test.go): command-line behaviour of the binary (-e, -p, stdin, exit codes,
//     signals, flushing), shared cases also run against node.
//   - TestImportLayers (imports_test.go): the package import table of DESIGN.md.
//
// README.md in this directory documents the .out format, the case directives and -update.
package tests
