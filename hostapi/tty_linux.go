//go:build linux

package hostapi

import "golang.org/x/sys/unix"

const ioctlReadTermios = unix.TCGETS
