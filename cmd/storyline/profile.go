package main

import (
	"os"
	"runtime/pprof"
)

// allocProfileRate is the runtime's default runtime.MemProfileRate, which
// main sets to 0: bench --allocprofile samples at it again from its start.
const allocProfileRate = 512 * 1024

// writeAllocProfile writes what the process has allocated since it started
// sampling (go tool pprof -sample_index=alloc_space reads it); an empty path
// writes nothing.
func writeAllocProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// startCPUProfile writes a CPU profile to path (go tool pprof reads it)
// until stop is called; an empty path profiles nothing.
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
