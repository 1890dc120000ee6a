-- Ekstensi bersama: pencarian teks (trigram) dan exclusion constraint pada rentang tanggal.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;
