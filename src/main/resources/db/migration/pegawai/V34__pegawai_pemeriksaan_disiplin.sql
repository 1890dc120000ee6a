-- A disciplinary examination (pemeriksaan, PP 94/2021 Pasal 27-31) is recorded as a riwayat of its own kind: TMT = when
-- it began, TMT selesai = when it ended; without an end the employee is still under examination. JPT eligibility
-- (PP 11/2017 jo. PP 17/2020 Pasal 107; PermenPANRB 15/2019) excludes anyone under examination.
ALTER TABLE pegawai.riwayat DROP CONSTRAINT riwayat_jenis_check;
ALTER TABLE pegawai.riwayat ADD CONSTRAINT riwayat_jenis_check CHECK (jenis IN ('PANGKAT', 'JABATAN', 'PENDIDIKAN',
    'PELATIHAN', 'PENGHARGAAN', 'HUKUMAN_DISIPLIN', 'PEMERIKSAAN_DISIPLIN'));
