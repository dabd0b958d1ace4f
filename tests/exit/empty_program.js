// A file with only a comment: nothing printed, exit 0. (Its twin exit/empty_file.js is
// zero bytes long, so it cannot carry this comment.)
