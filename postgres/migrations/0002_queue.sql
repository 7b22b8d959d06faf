-- The scaled-out queue's ledger (package queue, DESIGN.md "Sequencer").
-- stream is the JetStream stream's name and creation time, so a stream that
-- is deleted and made again starts a ledger of its own.

-- A worker's result for one stream message, written before the message is
-- acknowledged, deleted in the transaction that applies it.
CREATE TABLE queue_results (
	stream     TEXT COLLATE "C" NOT NULL,
	seq        BIGINT NOT NULL,
	payload    BYTEA NOT NULL,
	created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	PRIMARY KEY (stream, seq)
);

-- How far the sequencer has applied each stream: every message up to and
-- including applied is in the store (or was skipped), none after it is.
CREATE TABLE queue_progress (
	stream     TEXT COLLATE "C" PRIMARY KEY,
	applied    BIGINT NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Messages that failed every delivery: kept with the reason for a person to
-- look at; the sequencer passes over them.
CREATE TABLE queue_dead (
	stream     TEXT COLLATE "C" NOT NULL,
	seq        BIGINT NOT NULL,
	page_id    TEXT NOT NULL,
	deliveries INTEGER NOT NULL,
	reason     TEXT NOT NULL,
	payload    BYTEA NOT NULL,
	at         TIMESTAMPTZ NOT NULL DEFAULT now(),
	PRIMARY KEY (stream, seq)
);
