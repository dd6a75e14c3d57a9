-- Marsad store, schema version 2: linking across articles (docs/LINKING.md). Near-duplicate copies
-- and the MinHash signatures that find them, event clusters with every report, the block index the
-- linker looks clusters up in, and story threads. Placeholders (Dialect.expand): {{blob}} bytes,
-- {{key}} a 64-bit primary key given by the program, {{clustered}} rows kept in the primary key's
-- B-tree (SQLite WITHOUT ROWID). The tables the linker writes for every article have as few
-- indexes as their queries need: each index entry is work at ingest.

-- the linker's counters: version grows with every linking transaction (a process that caches
-- clusters notices that another one linked), next_cluster is the next cluster number (never reused)
CREATE TABLE link_state (
  id INTEGER PRIMARY KEY,
  version BIGINT NOT NULL,
  next_cluster BIGINT NOT NULL
);
INSERT INTO link_state (id, version, next_cluster) VALUES (1, 0, 1);

-- near-duplicate copies (syndicated or lightly edited): read and analysed, kept as another source
-- of their original (article_id, the first article of the group), never stored as articles
CREATE TABLE article_copies (
  id {{id}},
  doc_id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  matched TEXT NOT NULL,
  similarity DOUBLE PRECISION NOT NULL,
  source_id BIGINT REFERENCES sources(id),
  title TEXT,
  url TEXT,
  published TEXT,
  text TEXT NOT NULL,
  output_json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX article_copies_article ON article_copies(article_id);

-- a copy's sighting is recorded in the provenance of its original
ALTER TABLE provenance ADD COLUMN copy_id BIGINT REFERENCES article_copies(id) ON DELETE CASCADE;

-- MinHash signatures (128 ints, big-endian) of every linked article and copy, in the order the
-- linker took them (seq), with the original of its near-duplicate group
CREATE TABLE link_articles (
  seq {{key}},
  doc_id TEXT NOT NULL UNIQUE,
  shingles INTEGER NOT NULL,
  signature {{blob}} NOT NULL,
  original TEXT NOT NULL,
  matched TEXT,
  similarity DOUBLE PRECISION
);

-- LSH: each linked article (link_articles.seq) under its 32 band keys
CREATE TABLE link_bands (
  band_key BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (band_key, seq)
){{clustered}};

-- event clusters: one happening and its consensus fields, rewritten whenever a report joins; blocks
-- are the (week, space) blocks the linker registered it under ("week:space", one a line), weeks
-- their range: the linker reads the block index of the weeks it looks at from here (week_to >= …)
CREATE TABLE clusters (
  number {{key}},
  type TEXT NOT NULL,
  family TEXT NOT NULL,
  factual INTEGER NOT NULL,
  place_name TEXT,
  country TEXT,
  admin1 TEXT,
  place_kind TEXT,
  geo_precision INTEGER,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  facility TEXT,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  day TEXT,
  actor TEXT,
  actor_ref TEXT,
  target TEXT,
  target_ref TEXT,
  fatalities INTEGER,
  injured INTEGER,
  num_reports INTEGER NOT NULL,
  num_copies INTEGER NOT NULL,
  num_articles INTEGER NOT NULL,
  num_sources INTEGER NOT NULL,
  sources TEXT NOT NULL,
  first_reported TEXT,
  last_reported TEXT,
  disagreements TEXT NOT NULL,
  num_disagreements INTEGER NOT NULL,
  thread TEXT,
  summary TEXT NOT NULL,
  blocks TEXT NOT NULL,
  week_from INTEGER,
  week_to INTEGER
);
CREATE INDEX clusters_day ON clusters(day);
CREATE INDEX clusters_weeks ON clusters(week_to);
CREATE INDEX clusters_country ON clusters(country, admin1);
CREATE INDEX clusters_thread ON clusters(thread);

-- the reports (is_copy 0) and near-duplicate copies (is_copy 1) of each cluster in the order they
-- joined it; mention holds the whole report as JSON (outlet, dates, place, figures, evidence and
-- its offsets), from which the cluster is rebuilt and its reports are shown
CREATE TABLE cluster_members (
  cluster BIGINT NOT NULL REFERENCES clusters(number) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  is_copy INTEGER NOT NULL,
  doc_id TEXT NOT NULL,
  event_key TEXT NOT NULL,
  copy_of TEXT,
  similarity DOUBLE PRECISION,
  mention TEXT NOT NULL,
  PRIMARY KEY (cluster, ord)
){{clustered}};
CREATE INDEX cluster_members_doc ON cluster_members(doc_id, event_key);

-- story threads (t<lowest cluster number>) and their clusters in timeline order
CREATE TABLE threads (
  id TEXT PRIMARY KEY,
  start_day TEXT,
  end_day TEXT,
  num_clusters INTEGER NOT NULL,
  links TEXT NOT NULL,
  summary TEXT NOT NULL
);

CREATE TABLE thread_members (
  thread TEXT NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
  cluster BIGINT NOT NULL REFERENCES clusters(number) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  PRIMARY KEY (thread, cluster)
){{clustered}};
CREATE INDEX thread_members_cluster ON thread_members(cluster);
