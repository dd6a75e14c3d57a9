-- Marsad store, schema version 4: whether link_bands holds the LSH band keys of every linked
-- article (band_rows 1) or none (0). The band keys are a function of the stored signatures
-- (NearDuplicateIndex.bandKeys): while a store holds at most BandIndex.MAX_ARTICLES linked articles
-- the linker derives them from link_articles into memory when it starts and writes no band rows
-- (32 rows an article were a tenth of linking's cost at ingest); a store growing past that writes
-- the rows of all its articles once and keeps them from then on (band_rows 1). Stores linked before
-- this version keep their rows (1); a store that has linked nothing yet, or is rebuilt, starts at 0.
ALTER TABLE link_state ADD COLUMN band_rows INTEGER NOT NULL DEFAULT 1;
UPDATE link_state SET band_rows = 0 WHERE NOT EXISTS (SELECT 1 FROM link_articles);
