-- Kinerja (issue 6): each of the seven BerAKHLAK values is rated against the expectation (di atas / sesuai / di bawah)
-- besides its feedback text. Null for ratings made before this column (and by the API, which rates perilaku overall).
ALTER TABLE kinerja.perilaku
    ADD COLUMN ekspektasi varchar(10) CHECK (ekspektasi IN ('DI_BAWAH', 'SESUAI', 'DI_ATAS'));
