-- Marsad store, schema version 3: the scheme of the near-duplicate signatures in link_articles
-- (MinHasher.scheme()). Signatures of different schemes cannot be compared: a linker refuses a
-- store whose signatures are of another scheme than its own, and `marsad link --db … --rebuild`
-- signs and links everything again. NULL: no signature stored yet (any scheme may start).
-- Stores linked before this version hold the 128-function MinHash (MinHasher.LEGACY_SCHEME).
ALTER TABLE link_state ADD COLUMN signature_scheme TEXT;
UPDATE link_state SET signature_scheme = 'minhash-k128-w3' WHERE EXISTS (SELECT 1 FROM link_articles);
