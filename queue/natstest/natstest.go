// Package natstest gives each test its own JetStream stream, so that test
// runs and parallel packages never see each other's messages.
package natstest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DefaultURL is the server the tests use unless $STORYLINE_TEST_NATS names
// another: the one .ci/run starts.
const DefaultURL = "nats://127.0.0.1:4222"

// connectTimeout bounds the check that the server is there at all.
const connectTimeout = 5 * time.Second

// Stream returns the test server's URL and a fresh stream name, and deletes
// the stream when the test ends (a failure if it cannot); it skips the test,
// saying why, when no server answers.
func Stream(t testing.TB) (url, stream string) {
	t.Helper()
	url = os.Getenv("STORYLINE_TEST_NATS")
	if url == "" {
		url = DefaultURL
	}
	nc, err := nats.Connect(url, nats.Timeout(connectTimeout))
	if err != nil {
		t.Skipf("NATS is not reachable at %s (.ci/run starts it): %v", url, err)
	}
	var b [6]byte
	rand.Read(b[:])
	stream = "storyline-test-" + hex.EncodeToString(b[:])
	t.Cleanup(func() {
		defer nc.Close()
		js, err := jetstream.New(nc)
		if err == nil {
			err = js.DeleteStream(context.Background(), stream)
		}
		if err != nil && !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("delete stream %s: %v", stream, err)
		}
	})
	return url, stream
}
