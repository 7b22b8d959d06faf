package queue

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-news/storyline"
)

// PublishPage puts a page on the stream with its content hash as the
// message id, so JetStream stores a page published twice (within its
// de-duplication window) once. It returns the message's stream sequence and
// whether it was such a duplicate. A page larger than the server takes in
// one message is refused with EINPUT.
func (c *Conn) PublishPage(ctx context.Context, p *storyline.Page, hash string) (seq uint64, duplicate bool, err error) {
	const op = "queue.PublishPage"
	body, err := json.Marshal(p)
	if err != nil {
		return 0, false, fmt.Errorf("%s %s: %w", op, p.ID, err)
	}
	msg := nats.NewMsg(subject(c.name))
	if len(body) > gzipFrom {
		if body, err = gzipped(body); err != nil {
			return 0, false, fmt.Errorf("%s %s: %w", op, p.ID, err)
		}
		msg.Header.Set(hdrEncoding, encodingGzip)
	}
	if max := c.nc.MaxPayload(); int64(len(body)) > max {
		return 0, false, &storyline.Error{Code: storyline.EINPUT, Op: op,
			Message: fmt.Sprintf("%s: a page of %d bytes, %d compressed, is larger than the queue server's %d-byte messages (raise its max_payload)", p.ID, len(p.HTML)+len(p.Text), len(body), max)}
	}
	msg.Data = body
	msg.Header.Set(hdrKind, kindPage)
	msg.Header.Set(hdrHash, hash)
	ack, err := c.js.PublishMsg(ctx, msg, jetstream.WithMsgID(messageID(p.ID, hash)))
	if err != nil {
		return 0, false, fmt.Errorf("%s %s: %w", op, p.ID, err)
	}
	return ack.Sequence, ack.Duplicate, nil
}

// gzipFrom is the size of a page's JSON above which it travels gzipped:
// a page of HTML shrinks to a sixth or less (a 1.3 MB page, base64 in its
// JSON 1.76 MB, is 0.19 MB gzipped), so pages past the server's message
// size (1 MiB by default) go through; a small page is not worth the work.
const gzipFrom = 16 << 10

func gzipped(b []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(b); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxPageJSON bounds a page message's JSON once ungzipped: the reader's
// page limit is 32 MiB, and JSON's escapes and base64 make a page at most
// a few times larger. A message past it is not a page this code sent.
const maxPageJSON = 256 << 20

// pageJSON is the JSON of a page message, ungzipped when its header says
// so, and at most maxPageJSON bytes.
func pageJSON(data []byte, encoding string) ([]byte, error) {
	switch encoding {
	case "":
		return data, nil
	case encodingGzip:
	default:
		return nil, fmt.Errorf("unknown encoding %q", encoding)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(zr, maxPageJSON+1))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	if len(b) > maxPageJSON {
		return nil, fmt.Errorf("more than %d bytes ungzipped", maxPageJSON)
	}
	return b, nil
}

// messageID is the de-duplication id of a page: its content hash, with the
// page id, so that two pages with the same content under different ids
// (two paths, two records) are both stored, as storyline ingest stores them.
// The id is digested, since a page id may hold what a header cannot.
func messageID(pageID, hash string) string {
	sum := sha256.Sum256([]byte(pageID))
	return hash + ":" + hex.EncodeToString(sum[:16])
}

// PublishEnd marks the end of one ingest's pages; the sequencer applies the
// renames the run revealed when it reaches the mark, as storyline ingest
// does at the end of its run. It returns the mark's sequence.
func (c *Conn) PublishEnd(ctx context.Context) (uint64, error) {
	msg := nats.NewMsg(subject(c.name))
	msg.Header.Set(hdrKind, kindEnd)
	ack, err := c.js.PublishMsg(ctx, msg)
	if err != nil {
		return 0, fmt.Errorf("queue.PublishEnd: %w", err)
	}
	return ack.Sequence, nil
}
