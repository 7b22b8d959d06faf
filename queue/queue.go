// Package queue is the scaled-out ingest on NATS JetStream: a publisher puts
// pages on a stream, workers run the parallel stages on what they pull and
// hand their results to a ledger, and one sequencer at a time applies those
// results in stream order, so that the record does not depend on how many
// workers ran or which of them died (DESIGN.md, "Sequencer").
package queue

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-news/storyline"
)

// DefaultStream is the stream's name unless --stream names another (CONTRACT.md).
const DefaultStream = "storyline"

// dedupWindow is how long JetStream remembers a message id: a page
// published twice within it (a publisher retried, a corpus queued twice) is
// stored once. Later repeats are caught by the store's page hashes.
const dedupWindow = 10 * time.Minute

// Message headers.
const (
	hdrKind     = "Storyline-Kind" // kindPage (or absent) or kindEnd
	hdrHash     = "Storyline-Page-Hash"
	hdrEncoding = "Storyline-Encoding" // encodingGzip, or absent: the page's JSON as it is
)

// encodingGzip marks a page message whose JSON is gzipped.
const encodingGzip = "gzip"

const (
	kindPage = "page"
	kindEnd  = "end" // the end of one ingest's pages: renames are applied here
	kindDead = "dead"
)

// natsSchemes are the URL schemes the NATS client connects with.
var natsSchemes = map[string]bool{"nats": true, "tls": true, "ws": true, "wss": true}

// Conn is a connection to one stream.
type Conn struct {
	nc     *nats.Conn
	js     jetstream.JetStream
	stream jetstream.Stream
	name   string
	key    string
}

// Dial connects to the NATS server at url and opens the stream name,
// creating it (work-queue retention, on disk) if it does not exist.
func Dial(ctx context.Context, url, name string) (*Conn, error) {
	const op = "queue.Dial"
	if err := validName(name); err != nil {
		return nil, &storyline.Error{Code: storyline.EINVALID, Op: op, Message: err.Error()}
	}
	if scheme, _, ok := strings.Cut(url, "://"); ok && !natsSchemes[strings.ToLower(scheme)] {
		return nil, &storyline.Error{Code: storyline.EINVALID, Op: op, Message: fmt.Sprintf("%s is no NATS server address: want nats://HOST:PORT", url)}
	}
	nc, err := nats.Connect(url, nats.Name("storyline"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, &storyline.Error{Code: storyline.EINTERNAL, Op: op, Message: "cannot reach the queue server at " + url + " (is nats-server running, with -js?)", Err: err}
	}
	c, err := open(ctx, nc, name)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("%s %s: %w", op, url, err)
	}
	return c, nil
}

func open(ctx context.Context, nc *nats.Conn, name string) (*Conn, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, err
	}
	cfg := jetstream.StreamConfig{
		Name:       name,
		Subjects:   []string{subject(name)},
		Retention:  jetstream.WorkQueuePolicy,
		Storage:    jetstream.FileStorage,
		Duplicates: dedupWindow,
	}
	stream, err := js.Stream(ctx, name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		stream, err = js.CreateStream(ctx, cfg)
		if err != nil {
			// Workers started together race to create the stream, and the
			// server may refuse the losers with "name already in use" or with
			// "subjects overlap with an existing stream" (the winner's): open
			// the winner's stream if it is ours, else keep the refusal.
			if s, err2 := js.Stream(ctx, name); err2 == nil && slices.Equal(s.CachedInfo().Config.Subjects, cfg.Subjects) {
				stream, err = s, nil
			}
		}
	}
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", name, err)
	}
	created, err := createdAt(ctx, stream)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", name, err)
	}
	return &Conn{nc: nc, js: js, stream: stream, name: name,
		key: name + "@" + created.UTC().Format(time.RFC3339Nano)}, nil
}

// createdAt is when the stream was made. The answer to a create that raced
// another can carry a zero time, which would key the stream as another one
// in the ledger: ask the server again until it says.
func createdAt(ctx context.Context, s jetstream.Stream) (time.Time, error) {
	const tries, pause = 50, 20 * time.Millisecond
	created := s.CachedInfo().Created
	for i := 0; created.IsZero() && i < tries; i++ {
		if i > 0 {
			select {
			case <-ctx.Done():
				return time.Time{}, ctx.Err()
			case <-time.After(pause):
			}
		}
		info, err := s.Info(ctx)
		if err != nil {
			return time.Time{}, err
		}
		created = info.Created
	}
	if created.IsZero() {
		return time.Time{}, errors.New("the server does not say when the stream was created")
	}
	return created, nil
}

// validName accepts what JetStream takes as a stream name and a subject token.
func validName(name string) error {
	if name == "" || strings.ContainsAny(name, " \t\r\n.*>/\\") {
		return fmt.Errorf("stream name %q: use letters, digits, '-' and '_'", name)
	}
	return nil
}

func subject(stream string) string { return stream + ".pages" }

// Key names the stream in the ledger: its name and creation time, so a
// stream deleted and made again is a new one.
func (c *Conn) Key() string { return c.key }

// Name is the stream's name.
func (c *Conn) Name() string { return c.name }

// Close drains and closes the connection.
func (c *Conn) Close() error {
	return c.nc.Drain()
}

// Pending is how many messages wait in the stream (published and not yet
// acknowledged by a worker).
func (c *Conn) Pending(ctx context.Context) (uint64, error) {
	info, err := c.stream.Info(ctx)
	if err != nil {
		return 0, err
	}
	return info.State.Msgs, nil
}
