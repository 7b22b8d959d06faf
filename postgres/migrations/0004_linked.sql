-- committed numbers the articles in the order they were committed (a page
-- committed again gets new numbers), so that a run continues from the store
-- exactly as one run would have gone on. The rows written before this
-- migration are numbered in the order the table holds them.
ALTER TABLE articles ADD COLUMN committed BIGSERIAL;
CREATE INDEX articles_committed ON articles(committed);

-- linked keeps an article's names as the linker gave them when the article
-- was committed (storyline.LinkedNames as JSON: entities and quote
-- speakers), and a story's entity list as the clusterer gave it (a JSON
-- array). The renames after a run are recomputed from these over the whole
-- store and applied to them afresh, so that the names shown do not depend on
-- where one run stopped and the next began. NULL (a row written before this
-- migration): the names shown stand for the names linked.
ALTER TABLE articles ADD COLUMN linked TEXT;
ALTER TABLE stories ADD COLUMN linked TEXT;

-- relinked marks the articles that show other names than linked: with the
-- articles that show a name being renamed (found through
-- article_entities_name), they are all that a Relink has to read.
ALTER TABLE articles ADD COLUMN relinked BOOLEAN NOT NULL DEFAULT false;
CREATE INDEX articles_relinked ON articles(relinked) WHERE relinked;
