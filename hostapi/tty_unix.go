//go:build unix

package hostapi

import "golang.org/x/sys/unix"

// isTerminal reports whether fd is a terminal (process.stdout.isTTY).
func isTerminal(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, ioctlReadTermios)
	return err == nil
}
