package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/storyline-news/storyline"
	"github.com/storyline-news/storyline/pipeline"
)

// Processor runs the parallel stages over one page (*pipeline.Pipeline).
type Processor interface {
	Process(ctx context.Context, p *storyline.Page) pipeline.Result
}

// ResultLedger is where workers leave their results (the PostgreSQL store).
type ResultLedger interface {
	PutResult(ctx context.Context, stream string, seq int64, payload []byte) error
	PutDead(ctx context.Context, stream string, seq int64, pageID string, deliveries int, reason string, payload []byte) error
	Backlog(ctx context.Context, stream string) (int, error)
}

// DefaultMaxFailures is how many deliveries a message gets before it is
// filed as a dead letter: enough to outlast a worker or two dying under it,
// few enough that a page which kills every worker stops soon.
const DefaultMaxFailures = 5

// consumerName is the durable consumer every worker of a stream shares, so
// that each message goes to one of them; Worker.Store is added to it.
const consumerName = "workers"

// errWorkQueueTaken is JetStream's answer to a second consumer of a
// work-queue stream's subject (JSConsumerWQConsumerNotUniqueErr): the
// stream is worked by a consumer of another name, for another store.
const errWorkQueueTaken jetstream.ErrorCode = 10100

const (
	// DefaultAckWait is how long a message may stay unacknowledged before
	// it is delivered again: far above the time one page takes
	// (milliseconds), so only a dead worker's messages come back.
	DefaultAckWait = time.Minute
	// maxAckPending bounds the messages out with all workers together.
	maxAckPending = 1024
	// maxBacklog bounds the results waiting for the sequencer: past it,
	// workers stop pulling, so a slow sequencer is not buried.
	maxBacklog = 2000
	// fetchWait is how long one pull waits for a message, which is also how
	// soon an idle worker notices it should stop.
	fetchWait = time.Second
	// retryDelay is how long a message whose result could not be stored
	// waits before it is delivered again.
	retryDelay = 2 * time.Second
	// stopGrace bounds the work a stopping worker still finishes.
	stopGrace = 30 * time.Second
	// backlogEvery is how often a worker asks how many results wait: the
	// count is a query, and the sequencer's backlog moves by a few pages
	// in that time, not by maxBacklog.
	backlogEvery = 250 * time.Millisecond
)

// Worker pulls pages, runs the stages and stores the results.
type Worker struct {
	Conn *Conn
	// Store names the store the worker's results are for (a letter-and-digit
	// digest, as postgres.DB.Identity gives). Workers of one stream must
	// share it: their consumer is named after it, so the server refuses
	// workers for another store rather than sharing the pages out between
	// two stores.
	Store     string
	Ledger    ResultLedger
	Processor Processor
	// Parallel is the number of pages processed at once (default GOMAXPROCS);
	// it is also this worker's bound on messages held.
	Parallel int
	// MaxFailures is how many deliveries a message gets; one that has failed
	// that often goes to the dead letters (default DefaultMaxFailures).
	MaxFailures int
	// AckWait is how soon a dead worker's messages go to another (default
	// DefaultAckWait); every worker of a stream should use the same.
	AckWait time.Duration
	Logger  *slog.Logger
	Metrics *Metrics

	// backlog caches the last backlog check for all loops: whether the
	// sequencer was backed up, and when that was asked (Unix nanoseconds).
	backlogFull atomic.Bool
	backlogAt   atomic.Int64
}

// Run processes messages until ctx ends; the messages it holds then are
// finished (for at most stopGrace) and acknowledged.
func (w *Worker) Run(ctx context.Context) error {
	if w.Parallel <= 0 {
		w.Parallel = runtime.GOMAXPROCS(0)
	}
	if w.MaxFailures <= 0 {
		w.MaxFailures = DefaultMaxFailures
	}
	if w.AckWait <= 0 {
		w.AckWait = DefaultAckWait
	}
	if w.Metrics == nil {
		w.Metrics = &Metrics{}
	}
	if w.Logger == nil {
		w.Logger = slog.New(slog.DiscardHandler)
	}
	cons, err := w.consumer(ctx)
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	for range w.Parallel {
		wg.Go(func() { w.loop(ctx, cons) })
	}
	wg.Wait()
	return nil
}

// consumer makes or opens the stream's durable consumer of this worker's
// store. A stream another store's workers work is refused (ECONFLICT).
func (w *Worker) consumer(ctx context.Context) (jetstream.Consumer, error) {
	name := consumerName
	if w.Store != "" {
		name += "-" + w.Store
	}
	cfg := jetstream.ConsumerConfig{
		Durable:       name,
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       w.AckWait,
		MaxDeliver:    w.MaxFailures + 1, // the last delivery only files the dead letter
		MaxAckPending: maxAckPending,
		FilterSubject: subject(w.Conn.name),
	}
	cons, err := w.Conn.stream.CreateOrUpdateConsumer(ctx, cfg)
	if workQueueTaken(err) && name != consumerName {
		// Workers before Store named their consumer consumerName alone; its
		// pages stay in the stream when it goes, for this consumer to take.
		if derr := w.Conn.stream.DeleteConsumer(ctx, consumerName); derr == nil {
			w.Logger.Info("replaced the stream's consumer of an earlier version", "consumer", name)
			cons, err = w.Conn.stream.CreateOrUpdateConsumer(ctx, cfg)
		}
	}
	switch {
	case workQueueTaken(err):
		return nil, &storyline.Error{Code: storyline.ECONFLICT, Op: "queue.Worker",
			Message: fmt.Sprintf("stream %s is worked for another store (its workers' consumer is not %s): give each store its own --stream", w.Conn.name, name)}
	case err != nil:
		return nil, fmt.Errorf("queue.Worker: consumer: %w", err)
	}
	return cons, nil
}

// workQueueTaken reports whether err is the server's refusal of a second
// consumer of a work-queue stream (errWorkQueueTaken).
func workQueueTaken(err error) bool {
	var apiErr *jetstream.APIError
	return errors.As(err, &apiErr) && apiErr.ErrorCode == errWorkQueueTaken
}

func (w *Worker) loop(ctx context.Context, cons jetstream.Consumer) {
	for ctx.Err() == nil {
		if w.backedUp(ctx) {
			continue
		}
		batch, err := cons.Fetch(1, jetstream.FetchMaxWait(fetchWait))
		if err != nil {
			w.Logger.Warn("fetch failed", "err", err)
			sleep(ctx, retryDelay)
			continue
		}
		for msg := range batch.Messages() {
			// A message in hand is finished even when a stop comes.
			hctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopGrace)
			w.handle(hctx, msg)
			cancel()
		}
	}
}

// backedUp waits a little, and says so, when the sequencer is far behind.
// The backlog is asked at most every backlogEvery by all loops together.
func (w *Worker) backedUp(ctx context.Context) bool {
	now := time.Now().UnixNano()
	if last := w.backlogAt.Load(); now-last >= int64(backlogEvery) && w.backlogAt.CompareAndSwap(last, now) {
		n, err := w.Ledger.Backlog(ctx, w.Conn.key)
		w.backlogFull.Store(err == nil && n >= maxBacklog)
	}
	if !w.backlogFull.Load() {
		return false
	}
	sleep(ctx, fetchWait)
	return true
}

func (w *Worker) handle(ctx context.Context, msg jetstream.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		w.Logger.Error("message without metadata", "err", err)
		return
	}
	seq, n := int64(md.Sequence.Stream), int(md.NumDelivered)
	log := w.Logger.With("seq", seq, "delivery", n)
	payload, pageID, err := w.result(ctx, msg, n)
	if err != nil {
		w.Metrics.failures.Add(1)
		log.Warn("message failed; it will be delivered again", "err", err)
		msg.NakWithDelay(retryDelay)
		return
	}
	if err := w.Ledger.PutResult(ctx, w.Conn.key, seq, payload); err != nil {
		w.Metrics.failures.Add(1)
		log.Warn("result not stored; the message will be delivered again", "page", pageID, "err", err)
		msg.NakWithDelay(retryDelay)
		return
	}
	// A plain ack, not waiting for the server to confirm it: the result is
	// stored, so a lost ack costs a redelivery that finds it and changes
	// nothing, and the round trip is saved on every page.
	if err := msg.Ack(); err != nil {
		log.Warn("ack failed", "page", pageID, "err", err)
	}
	w.Metrics.processed.Add(1)
	log.Debug("processed", "page", pageID)
}

// result makes the result of one message. The delivery past MaxFailures
// does not try again: it files the message as a dead letter and hands the
// sequencer a mark to pass over.
func (w *Worker) result(ctx context.Context, msg jetstream.Msg, delivery int) (payload []byte, pageID string, err error) {
	if msg.Headers().Get(hdrKind) == kindEnd {
		b, err := json.Marshal(&result{Kind: kindEnd})
		return b, "", err
	}
	page := new(storyline.Page)
	data, decodeErr := pageJSON(msg.Data(), msg.Headers().Get(hdrEncoding))
	if decodeErr == nil {
		decodeErr = json.Unmarshal(data, page)
	} else {
		data = msg.Data()
	}
	if decodeErr == nil && delivery <= w.MaxFailures {
		res, err := w.process(ctx, page)
		if err != nil {
			return nil, page.ID, err
		}
		b, err := encodeResult(res, msg.Headers().Get(hdrHash))
		return b, page.ID, err
	}
	reason := fmt.Sprintf("failed on each of %d deliveries", delivery-1)
	if decodeErr != nil {
		reason = "not a page: " + decodeErr.Error()
	}
	md, _ := msg.Metadata()
	if err := w.Ledger.PutDead(ctx, w.Conn.key, int64(md.Sequence.Stream), page.ID, delivery, reason, data); err != nil {
		return nil, page.ID, err
	}
	w.Metrics.dead.Add(1)
	w.Logger.Error("dead letter", "page", page.ID, "seq", md.Sequence.Stream, "reason", reason)
	b, err := json.Marshal(&result{Kind: kindDead, Err: reason})
	return b, page.ID, err
}

// process runs the stages; a panic that escapes them fails this delivery.
func (w *Worker) process(ctx context.Context, p *storyline.Page) (res pipeline.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("page %s: panic: %v", p.ID, r)
		}
	}()
	res = w.Processor.Process(ctx, p)
	if res.Page == nil {
		res.Page = p
	}
	if ctx.Err() != nil {
		return res, errors.Join(errors.New("stopped while processing"), ctx.Err())
	}
	return res, nil
}

func sleep(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
