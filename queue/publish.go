package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"

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
	if max := c.nc.MaxPayload(); int64(len(body)) > max {
		return 0, false, &storyline.Error{Code: storyline.EINPUT, Op: op,
			Message: fmt.Sprintf("%s: page of %d bytes is larger than the queue server's %d-byte messages", p.ID, len(body), max)}
	}
	msg := nats.NewMsg(subject(c.name))
	msg.Data = body
	msg.Header.Set(hdrKind, kindPage)
	msg.Header.Set(hdrHash, hash)
	ack, err := c.js.PublishMsg(ctx, msg, jetstream.WithMsgID(messageID(p.ID, hash)))
	if err != nil {
		return 0, false, fmt.Errorf("%s %s: %w", op, p.ID, err)
	}
	return ack.Sequence, ack.Duplicate, nil
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
