-- Who confirmed a network's entry: the Koordinierungsstelle, or the network itself ("Alles
-- stimmt noch", its editors' one click). Entries confirmed before were all confirmed by the
-- Koordinierungsstelle.
ALTER TABLE networks ADD COLUMN confirmed_by TEXT
    CHECK (confirmed_by IS NULL OR confirmed_by IN ('coordination', 'network'));
UPDATE networks SET confirmed_by = 'coordination' WHERE confirmed_at IS NOT NULL;
