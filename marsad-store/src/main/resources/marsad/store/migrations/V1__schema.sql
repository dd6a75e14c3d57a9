-- Marsad store, schema version 1. Portable SQL for SQLite and PostgreSQL; {{id}} is the dialect's
-- auto-increment primary key. Offsets (span_begin/span_end) are UTF-16 offsets into articles.text.
-- Dates are ISO strings (YYYY-MM-DD) so that both dialects compare them alike.

CREATE TABLE sources (
  id {{id}},
  name TEXT NOT NULL UNIQUE,
  first_seen TEXT NOT NULL
);

CREATE TABLE articles (
  id {{id}},
  doc_id TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  source_id BIGINT REFERENCES sources(id),
  title TEXT,
  url TEXT,
  published TEXT,
  text TEXT NOT NULL,
  output_json TEXT NOT NULL,
  output_schema TEXT NOT NULL,
  n_events INTEGER NOT NULL,
  n_claims INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source_id);

-- every time an input yielded an article: the first sighting and the duplicates skipped later
CREATE TABLE provenance (
  id {{id}},
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  duplicate INTEGER NOT NULL,
  seen_at TEXT NOT NULL
);
CREATE INDEX provenance_article ON provenance(article_id);

CREATE TABLE entities (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL,
  canonical TEXT,
  ref TEXT,
  origin TEXT,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX entities_ref ON entities(ref);

-- gazetteer entries that articles mention
CREATE TABLE places (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  admin1 TEXT,
  kind TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geonames BIGINT
);
CREATE INDEX places_country ON places(country, admin1);

CREATE TABLE place_mentions (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  place_id TEXT NOT NULL REFERENCES places(id),
  text TEXT NOT NULL,
  geo_precision INTEGER,
  why TEXT,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX place_mentions_place ON place_mentions(place_id);

-- actors that articles mention (dictionary entries, or canonical names when the dictionary has none)
CREATE TABLE actors (
  ref TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  type TEXT,
  country TEXT
);

CREATE TABLE actor_mentions (
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  actor_ref TEXT NOT NULL REFERENCES actors(ref),
  text TEXT NOT NULL,
  how TEXT,
  role TEXT,
  organization TEXT,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  PRIMARY KEY (article_id, ord)
);
CREATE INDEX actor_mentions_actor ON actor_mentions(actor_ref);

CREATE TABLE events (
  id {{id}},
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  event_key TEXT NOT NULL,
  type TEXT NOT NULL,
  trigger_text TEXT,
  trigger_begin INTEGER,
  trigger_end INTEGER,
  actor_text TEXT,
  actor_name TEXT,
  actor_ref TEXT,
  target_text TEXT,
  target_name TEXT,
  target_ref TEXT,
  place_id TEXT REFERENCES places(id),
  place_name TEXT,
  place_text TEXT,
  country TEXT,
  admin1 TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  geo_precision INTEGER,
  facility TEXT,
  date_start TEXT,
  date_end TEXT,
  date_precision TEXT,
  time_precision INTEGER,
  date_text TEXT,
  day TEXT,
  fatalities INTEGER,
  injured INTEGER,
  count_text TEXT,
  modality TEXT,
  habitual INTEGER NOT NULL,
  background INTEGER NOT NULL,
  confidence DOUBLE PRECISION,
  summary TEXT,
  plover_type TEXT,
  plover_mode TEXT,
  acled_type TEXT,
  acled_sub_type TEXT,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  evidence TEXT,
  UNIQUE (article_id, event_key)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type_day ON events(type, day);
CREATE INDEX events_country ON events(country, admin1);
CREATE INDEX events_actor ON events(actor_ref);
CREATE INDEX events_target ON events(target_ref);
CREATE INDEX events_place ON events(place_id);

CREATE TABLE event_sources (
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (event_id, ord)
);

CREATE TABLE claims (
  id {{id}},
  article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  claim_key TEXT NOT NULL,
  speaker_text TEXT,
  speaker_name TEXT,
  speaker_ref TEXT,
  unnamed INTEGER NOT NULL,
  role TEXT,
  organization_name TEXT,
  organization_ref TEXT,
  channel TEXT,
  verb TEXT,
  stance TEXT,
  date_start TEXT,
  content_begin INTEGER,
  content_end INTEGER,
  span_begin INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  evidence TEXT,
  UNIQUE (article_id, claim_key)
);
CREATE INDEX claims_speaker ON claims(speaker_ref);
CREATE INDEX claims_org ON claims(organization_ref);

CREATE TABLE claim_events (
  claim_id BIGINT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  event_id BIGINT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, event_id)
);
CREATE INDEX claim_events_event ON claim_events(event_id);

-- inputs that could not be read or processed, with the reason, per ingest run
CREATE TABLE failures (
  id {{id}},
  origin TEXT NOT NULL,
  format TEXT NOT NULL,
  reason TEXT NOT NULL,
  failed_at TEXT NOT NULL
);
