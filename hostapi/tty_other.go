//go:build !unix

package hostapi

func isTerminal(fd int) bool { return false }
