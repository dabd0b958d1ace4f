//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package hostapi

import "golang.org/x/sys/unix"

const ioctlReadTermios = unix.TIOCGETA
