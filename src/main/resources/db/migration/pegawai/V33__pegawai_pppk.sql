-- PPPK are not PNS (UU 20/2023 Pasal 5; PP 49/2018): a PPPK has no TMT CPNS, its employee number (NI PPPK) does not
-- follow the NIP structure, and its golongan is I-XVII (Perpres 98/2020), not a golongan/ruang I/a-IV/e.
ALTER TABLE pegawai.pegawai ALTER COLUMN tmt_cpns DROP NOT NULL;
ALTER TABLE pegawai.pegawai
    ADD COLUMN golongan_pppk varchar(5)
        CHECK (golongan_pppk IN ('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII',
                                 'XIV', 'XV', 'XVI', 'XVII')),
    ADD CONSTRAINT pegawai_tmt_cpns_pns CHECK (status_kepegawaian = 'PPPK' OR tmt_cpns IS NOT NULL),
    ADD CONSTRAINT pegawai_golongan_pppk_hanya_pppk CHECK (status_kepegawaian = 'PPPK' OR golongan_pppk IS NULL);
-- A PPPK has no PNS golongan. NOT VALID: enforced from now on, old rows are not rechecked (the application already
-- refused it; a stray legacy row must not stop the upgrade).
ALTER TABLE pegawai.pegawai
    ADD CONSTRAINT pegawai_golongan_pns_bukan_pppk CHECK (status_kepegawaian <> 'PPPK' OR golongan IS NULL) NOT VALID;
