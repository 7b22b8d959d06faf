//go:build !unix

package sqlite

// writerLock is a no-op where flock(2) is missing: SQLite's own locks still
// keep every transaction whole.
type writerLock struct{}

func lockWriter(path string) (*writerLock, error) { return &writerLock{}, nil }

func (l *writerLock) release() {}
