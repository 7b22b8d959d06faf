//go:build unix

package sqlite

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"syscall"

	"github.com/storyline-news/storyline"
)

// writerLock is an flock(2) on PATH.lock. The kernel drops it when the
// process dies however it dies, so a killed ingest never leaves the store
// locked; the file itself stays (removing it would race with a waiter).
type writerLock struct{ f *os.File }

func lockWriter(path string) (*writerLock, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, &storyline.Error{Code: storyline.EINTERNAL, Op: "sqlite.lockWriter", Path: name, Message: "cannot create the store's lock file", Err: err}
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(name)
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			who := "another storyline process"
			if pid, err := strconv.Atoi(strings.TrimSpace(string(holder))); err == nil {
				who += fmt.Sprintf(" (pid %d)", pid)
			}
			return nil, &storyline.Error{Code: storyline.ECONFLICT, Op: "sqlite.lockWriter", Path: path,
				Message: who + " is writing this store; wait for it to finish, or give another --db"}
		}
		return nil, &storyline.Error{Code: storyline.EINTERNAL, Op: "sqlite.lockWriter", Path: name, Message: "cannot lock the store", Err: err}
	}
	if err := f.Truncate(0); err == nil {
		f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return &writerLock{f}, nil
}

func (l *writerLock) release() {
	syscall.Flock(int(l.f.Fd()), syscall.LOCK_UN)
	l.f.Close()
}
