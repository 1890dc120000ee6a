-- Peran baru: Pejabat Pembina Kepegawaian (PPK).
ALTER TABLE akses.pengguna_peran DROP CONSTRAINT pengguna_peran_valid;
ALTER TABLE akses.pengguna_peran ADD CONSTRAINT pengguna_peran_valid
    CHECK (peran IN ('ADMIN_BKD', 'PIMPINAN_OPD', 'ATASAN', 'PEGAWAI', 'ASESOR', 'PPK'));
