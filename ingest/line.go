package ingest

import (
	"bufio"
	"errors"
	"io"
)

// readLine returns the next line without its line end. A line longer than
// limit is consumed and reported as errTooLarge without being kept, so
// memory stays bounded by the limit whatever the line length. At the end of
// the input it returns io.EOF; other read errors are returned as they are.
func readLine(br *bufio.Reader, limit int64, buf []byte) ([]byte, error) {
	buf = buf[:0]
	tooLarge, got := false, false
	for {
		chunk, err := br.ReadSlice('\n')
		got = got || len(chunk) > 0
		if !tooLarge && int64(len(buf)+len(chunk)) > limit+2 { // +2: the line end
			tooLarge, buf = true, buf[:0]
		}
		if !tooLarge {
			buf = append(buf, chunk...)
		}
		switch {
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && got:
			// The last line may lack its line end.
		case err != nil:
			return nil, err
		}
		line := trimLineEnd(buf)
		if tooLarge || int64(len(line)) > limit {
			return nil, errTooLarge
		}
		return line, nil
	}
}

func trimLineEnd(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if n := len(b); n > 0 && b[n-1] == '\r' {
		b = b[:n-1]
	}
	return b
}
