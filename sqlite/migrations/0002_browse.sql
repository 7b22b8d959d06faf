-- Indexes for browsing and search filters (the web API): articles by outlet,
-- stories latest first. The full-text index itself came with 0001.
CREATE INDEX IF NOT EXISTS articles_source ON articles(source);
CREATE INDEX IF NOT EXISTS stories_last_published ON stories(last_published);
