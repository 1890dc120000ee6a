package id.aparatur.seleksi.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.seleksi.domain.AturanBobot;
import id.aparatur.seleksi.domain.AturanPilihanPpk;
import id.aparatur.seleksi.domain.BobotPenilaian;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.PenilaianSeleksi;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.Transisi;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Use cases of the seleksi terbuka JPT. BKD (ADMIN_BKD) manages everything up to the submission of the pansel's three
 * names; only the PPK chooses. Every change is audited ({@code SELEKSI_TERBUKA}); nothing is deleted (a selection is
 * cancelled with a reason, a pansel member deactivated, an applicant withdrawn with a reason). The submission and the
 * decision are append-only rows with a ranking snapshot; the database refuses to change or delete them.
 */
@Service
@Transactional
public class PengelolaanSeleksi {

    public static final int PANJANG_NAMA_MAKS = 200;
    public static final int PANJANG_ALASAN_MAKS = 1000;
    /** A submission with fewer than three ranked names must say why, at least this long. */
    public static final int PANJANG_CATATAN_MINIMAL = 30;

    private final JdbcClient jdbc;
    private final SeleksiQuery query;
    private final AturanBobot aturanBobot;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    PengelolaanSeleksi(JdbcClient jdbc, SeleksiQuery query, AturanBobot aturanBobot, CakupanPengguna cakupan,
            ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.query = query;
        this.aturanBobot = aturanBobot;
        this.cakupan = cakupan;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    /** The weight rules (ranges and defaults) in force. */
    public AturanBobot aturanBobot() {
        return aturanBobot;
    }

    /**
     * A new selection (DRAF) for a JPT position. The weights default to the configured ones when all four are missing.
     *
     * @return the new selection's id
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long buat(@Nullable Long jabatanId, @Nullable String nama, @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi, @Nullable BigDecimal wawancara, @Nullable BigDecimal rekamJejak) {
        List<Galat> g = new ArrayList<>();
        record Jabatan(String nama, String jenis, boolean aktif, @Nullable Long opdId) {}
        Jabatan j = null;
        if (jabatanId == null) {
            g.add(new Galat("jabatanId", "seleksi.jabatan.wajib"));
        } else {
            j = jdbc.sql("SELECT nama, jenis_jabatan, aktif, opd_id FROM organisasi.v_jabatan WHERE id = ?").param(jabatanId)
                    .query((rs, i) -> new Jabatan(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            (Long) rs.getObject(4))).optional().orElse(null);
            if (j == null || !j.aktif()) {
                g.add(new Galat("jabatanId", "seleksi.jabatan.tidak-dikenal"));
            } else if (!j.jenis().startsWith("JPT_")) {
                g.add(new Galat("jabatanId", "seleksi.jabatan.bukan-jpt"));
            }
        }
        String n = nama == null || nama.isBlank() ? (j == null ? "" : "Seleksi terbuka " + j.nama()) : nama.strip();
        if (n.length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
        }
        BobotPenilaian bobot = makalah == null && kompetensi == null && wawancara == null && rekamJejak == null
                ? aturanBobot.baku() : null;
        if (bobot == null) {
            g.addAll(aturanBobot.periksa(makalah, kompetensi, wawancara, rekamJejak));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        if (bobot == null) {
            bobot = new BobotPenilaian(makalah, kompetensi, wawancara, rekamJejak);
        }
        Long berjalan = jdbc.sql("SELECT id FROM seleksi.seleksi WHERE jabatan_id = ? "
                + "AND status NOT IN ('DITETAPKAN', 'DIBATALKAN') LIMIT 1").param(jabatanId).query(Long.class).optional()
                .orElse(null);
        if (berjalan != null) {
            throw new KonflikException("seleksi.sudah-ada", "Seleksi " + berjalan + " untuk jabatan ini masih berjalan");
        }
        long id = jdbc.sql("""
                        INSERT INTO seleksi.seleksi (jabatan_id, nama, bobot_makalah, bobot_kompetensi, bobot_wawancara,
                          bobot_rekam_jejak, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(jabatanId, n, bobot.makalah(), bobot.kompetensi(), bobot.wawancara(), bobot.rekamJejak(), oleh(),
                        kini()).query(Long.class).single();
        for (TahapSeleksi t : TahapSeleksi.values()) {
            jdbc.sql("INSERT INTO seleksi.tahap (seleksi_id, tahap) VALUES (?, ?)").params(id, t.name()).update();
        }
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("jabatanId", jabatanId);
        sesudah.put("status", StatusSeleksi.DRAF.name());
        sesudah.put("bobot", bobot.sebagaiPeta());
        audit(id, "BUAT", "Seleksi terbuka dibuat: " + n, null, sesudah);
        return id;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void ubahBobot(long id, @Nullable BigDecimal makalah, @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara, @Nullable BigDecimal rekamJejak) {
        Kepala k = kunci(id);
        if (!k.status().bobotDapatDiubah()) {
            throw new KonflikException("seleksi.bobot.tetap", "Bobot tetap sejak penilaian dimulai");
        }
        List<Galat> g = aturanBobot.periksa(makalah, kompetensi, wawancara, rekamJejak);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        BobotPenilaian b = new BobotPenilaian(makalah, kompetensi, wawancara, rekamJejak);
        jdbc.sql("UPDATE seleksi.seleksi SET bobot_makalah = ?, bobot_kompetensi = ?, bobot_wawancara = ?, "
                        + "bobot_rekam_jejak = ?, versi = versi + 1 WHERE id = ?")
                .params(b.makalah(), b.kompetensi(), b.wawancara(), b.rekamJejak(), id).update();
        audit(id, "UBAH", "Bobot seleksi terbuka diubah: " + k.nama(), Map.of("bobot", k.bobot().sebagaiPeta()),
                Map.of("bobot", b.sebagaiPeta()));
    }

    /** One stage's planned dates (both optional; the end not before the start). */
    public record Jadwal(@Nullable LocalDate mulai, @Nullable LocalDate selesai) {}

    /** Sets the planned dates of the stages given (the others keep theirs). Stages must not start before earlier ones. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void ubahJadwal(long id, Map<TahapSeleksi, Jadwal> jadwal) {
        Kepala k = kunci(id);
        if (!k.status().persiapanDapatDiubah()) {
            throw new KonflikException("seleksi.tidak-dapat-diubah", "Seleksi berstatus " + k.status());
        }
        Map<TahapSeleksi, Jadwal> baru = new java.util.EnumMap<>(TahapSeleksi.class);
        jdbc.sql("SELECT tahap, tanggal_mulai, tanggal_selesai FROM seleksi.tahap WHERE seleksi_id = ?").param(id)
                .query((java.sql.ResultSet rs) -> {
                    baru.put(TahapSeleksi.valueOf(rs.getString(1)), new Jadwal(rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class)));
                });
        Map<TahapSeleksi, Jadwal> lama = new java.util.EnumMap<>(baru);
        baru.putAll(jadwal);
        List<Galat> g = new ArrayList<>();
        LocalDate sebelumnya = null;
        for (TahapSeleksi t : TahapSeleksi.values()) {
            Jadwal j = baru.get(t);
            if (j == null) {
                continue;
            }
            if (j.mulai() != null && j.selesai() != null && j.selesai().isBefore(j.mulai())) {
                g.add(new Galat("jadwal." + t.name() + ".selesai", "seleksi.jadwal.selesai-sebelum-mulai"));
            }
            if (j.mulai() != null) {
                if (sebelumnya != null && j.mulai().isBefore(sebelumnya)) {
                    g.add(new Galat("jadwal." + t.name() + ".mulai", "seleksi.jadwal.urutan"));
                }
                sebelumnya = j.mulai();
            }
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        jadwal.forEach((t, j) -> jdbc.sql("UPDATE seleksi.tahap SET tanggal_mulai = ?, tanggal_selesai = ? "
                + "WHERE seleksi_id = ? AND tahap = ?").params(j.mulai(), j.selesai(), id, t.name()).update());
        audit(id, "UBAH", "Jadwal seleksi terbuka diubah: " + k.nama(), teksJadwal(lama), teksJadwal(baru));
    }

    private static Map<String, String> teksJadwal(Map<TahapSeleksi, Jadwal> j) {
        Map<String, String> m = new LinkedHashMap<>();
        j.forEach((t, v) -> m.put(t.name(), v.mulai() + " – " + v.selesai()));
        return m;
    }

    /** Adds a pansel member. One active ketua and at most one active sekretaris. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long tambahPansel(long id, @Nullable String nama, @Nullable PeranPansel peran, @Nullable String unsur) {
        Kepala k = kunci(id);
        if (!k.status().persiapanDapatDiubah()) {
            throw new KonflikException("seleksi.tidak-dapat-diubah", "Seleksi berstatus " + k.status());
        }
        List<Galat> g = new ArrayList<>();
        if (nama == null || nama.isBlank()) {
            g.add(new Galat("nama", "seleksi.pansel.nama-wajib"));
        } else if (nama.strip().length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
        }
        if (peran == null) {
            g.add(new Galat("peran", "seleksi.pansel.peran-wajib"));
        } else if (peran != PeranPansel.ANGGOTA && jdbc.sql("SELECT count(*) FROM seleksi.pansel WHERE seleksi_id = ? "
                + "AND aktif AND peran = ?").params(id, peran.name()).query(Long.class).single() > 0) {
            g.add(new Galat("peran", peran == PeranPansel.KETUA ? "seleksi.pansel.ketua-sudah-ada"
                    : "seleksi.pansel.sekretaris-sudah-ada"));
        }
        if (unsur != null && unsur.strip().length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("unsur", "seleksi.nama.terlalu-panjang"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        String u = unsur == null || unsur.isBlank() ? null : unsur.strip();
        long anggota = jdbc.sql("INSERT INTO seleksi.pansel (seleksi_id, nama, peran, unsur, dicatat_oleh, dicatat_pada) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(id, nama.strip(), peran.name(), u, oleh(), kini()).query(Long.class).single();
        audit(id, "UBAH", "Anggota pansel ditambahkan: " + nama.strip() + " (" + peran + ")", null,
                Map.of("pansel", nama.strip(), "peran", peran.name()));
        return anggota;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void nonaktifkanPansel(long id, long anggotaId) {
        Kepala k = kunci(id);
        if (!k.status().persiapanDapatDiubah()) {
            throw new KonflikException("seleksi.tidak-dapat-diubah", "Seleksi berstatus " + k.status());
        }
        String nama = jdbc.sql("SELECT nama FROM seleksi.pansel WHERE id = ? AND seleksi_id = ? AND aktif")
                .params(anggotaId, id).query(String.class).optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Anggota pansel", anggotaId));
        jdbc.sql("UPDATE seleksi.pansel SET aktif = false, dinonaktifkan_oleh = ?, dinonaktifkan_pada = ? WHERE id = ?")
                .params(oleh(), kini(), anggotaId).update();
        audit(id, "NONAKTIFKAN", "Anggota pansel dinonaktifkan: " + nama, Map.of("pansel", nama, "aktif", true),
                Map.of("pansel", nama, "aktif", false));
    }

    /**
     * Closes the current stage and opens the next (DRAF → DIUMUMKAN → ADMINISTRASI → KOMPETENSI → MAKALAH → WAWANCARA →
     * REKAM_JEJAK). Announcing needs a ketua pansel; closing the announcement needs an applicant; closing administrasi
     * needs a result for every applicant and at least one who passed; closing a scoring stage needs its score for
     * every applicant who passed.
     *
     * @param dari the stage the user closes (null: whichever is running); two clicks on the same page close it once
     * @return the new status
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public StatusSeleksi lanjutkan(long id, @Nullable StatusSeleksi dari) {
        Kepala k = kunci(id);
        if (dari != null && dari != k.status()) {
            throw new KonflikException("galat.409.versi", "Seleksi " + id + " sudah " + k.status() + ", bukan " + dari);
        }
        StatusSeleksi ke = k.status().berikutnya();
        if (ke == null) {
            throw new KonflikException("seleksi.tidak-dapat-dilanjutkan", "Seleksi berstatus " + k.status());
        }
        switch (k.status()) {
            case DRAF -> {
                if (hitung("SELECT count(*) FROM seleksi.pansel WHERE seleksi_id = ? AND aktif AND peran = 'KETUA'", id) == 0) {
                    throw new KonflikException("seleksi.lanjut.tanpa-ketua", "Pansel belum memiliki ketua");
                }
            }
            case DIUMUMKAN -> {
                if (hitung("SELECT count(*) FROM seleksi.peserta WHERE seleksi_id = ? AND mundur_pada IS NULL", id) == 0) {
                    throw new KonflikException("seleksi.lanjut.tanpa-peserta", "Belum ada peserta");
                }
            }
            case ADMINISTRASI -> {
                if (hitung("SELECT count(*) FROM seleksi.peserta WHERE seleksi_id = ? AND mundur_pada IS NULL "
                        + "AND administrasi_lulus IS NULL", id) > 0) {
                    throw new KonflikException("seleksi.lanjut.administrasi-belum-lengkap",
                            "Hasil administrasi belum lengkap");
                }
                if (hitung("SELECT count(*) FROM seleksi.peserta WHERE seleksi_id = ? AND mundur_pada IS NULL "
                        + "AND administrasi_lulus", id) == 0) {
                    throw new KonflikException("seleksi.lanjut.tidak-ada-yang-lulus", "Tidak ada peserta yang lulus");
                }
            }
            default -> {
                KomponenNilai komponen = KomponenNilai.valueOf(k.status().name());
                if (belumDinilai(id, komponen) > 0) {
                    throw new KonflikException("seleksi.lanjut.nilai-belum-lengkap", "Nilai " + komponen
                            + " belum lengkap");
                }
            }
        }
        pindahStatus(id, k.status(), ke);
        jdbc.sql("UPDATE seleksi.tahap SET dimulai_pada = ?, dimulai_oleh = ? WHERE seleksi_id = ? AND tahap = ?")
                .params(kini(), oleh(), id, ke.tahap().name()).update();
        audit(id, "UBAH", "Seleksi terbuka " + k.nama() + ": tahap " + ke.tahap() + " dimulai",
                Map.of("status", k.status().name()), Map.of("status", ke.name()));
        return ke;
    }

    private long belumDinilai(long id, KomponenNilai komponen) {
        return jdbc.sql("""
                        SELECT count(*) FROM seleksi.peserta p WHERE p.seleksi_id = ? AND p.administrasi_lulus
                          AND p.mundur_pada IS NULL
                          AND NOT EXISTS (SELECT 1 FROM seleksi.nilai n WHERE n.peserta_id = p.id AND n.komponen = ?)""")
                .params(id, komponen.name()).query(Long.class).single();
    }

    /**
     * Registers an applicant: internal by NIP (an active pegawai of the Pemda; name and instansi come from the
     * register) or external by name and instansi asal.
     *
     * @return the applicant's id
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long daftarkanPeserta(long id, @Nullable String nip, @Nullable String nama, @Nullable String instansiAsal) {
        Kepala k = kunci(id);
        if (!k.status().pesertaDapatDidaftarkan()) {
            throw new KonflikException("seleksi.pendaftaran-ditutup", "Pendaftaran sudah ditutup");
        }
        String namaPeserta;
        String instansi;
        String n = nip == null || nip.isBlank() ? null : nip.replace(" ", "");
        if (n != null) {
            List<String> salah = Nip.periksa(n);
            if (!salah.isEmpty()) {
                throw new ValidasiException("nip", salah, "NIP tidak sah: " + n);
            }
            record Pegawai(String nama, String opd) {}
            Pegawai p = jdbc.sql("""
                            SELECT p.nama, coalesce(o.nama, '') FROM pegawai.v_pegawai_aktif p
                            LEFT JOIN organisasi.v_opd o ON o.id = p.opd_id WHERE p.nip = ?""").param(n)
                    .query((rs, i) -> new Pegawai(rs.getString(1), rs.getString(2))).optional()
                    .orElseThrow(() -> new ValidasiException("nip", "seleksi.peserta.nip-tidak-dikenal"));
            if (jdbc.sql("SELECT count(*) FROM seleksi.peserta WHERE seleksi_id = ? AND nip = ?").params(id, n)
                    .query(Long.class).single() > 0) {
                throw new ValidasiException("nip", "seleksi.peserta.sudah-terdaftar");
            }
            namaPeserta = p.nama();
            instansi = p.opd().isBlank() ? "Pemda" : p.opd();
        } else {
            List<Galat> g = new ArrayList<>();
            if (nama == null || nama.isBlank()) {
                g.add(new Galat("nama", "seleksi.peserta.nama-wajib"));
            } else if (nama.strip().length() > PANJANG_NAMA_MAKS) {
                g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
            }
            if (instansiAsal == null || instansiAsal.isBlank()) {
                g.add(new Galat("instansiAsal", "seleksi.peserta.instansi-wajib"));
            } else if (instansiAsal.strip().length() > PANJANG_NAMA_MAKS) {
                g.add(new Galat("instansiAsal", "seleksi.nama.terlalu-panjang"));
            }
            if (!g.isEmpty()) {
                throw new ValidasiException(g);
            }
            namaPeserta = nama.strip();
            instansi = instansiAsal.strip();
        }
        long peserta = jdbc.sql("INSERT INTO seleksi.peserta (seleksi_id, nip, nama, instansi_asal, dicatat_oleh, "
                        + "dicatat_pada) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(id, n, namaPeserta, instansi, oleh(), kini()).query(Long.class).single();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("pesertaId", peserta);
        sesudah.put("nip", n);
        sesudah.put("nama", namaPeserta);
        sesudah.put("instansiAsal", instansi);
        audit(id, "UBAH", "Peserta seleksi terbuka didaftarkan: " + namaPeserta, null, sesudah);
        return peserta;
    }

    /** Administrasi result; a failed applicant needs a reason. Recorded only during ADMINISTRASI (may be corrected). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void catatAdministrasi(long id, long pesertaId, @Nullable Boolean lulus, @Nullable String alasan) {
        Kepala k = kunci(id);
        if (!k.status().administrasiDapatDicatat()) {
            throw new KonflikException("seleksi.bukan-tahap-administrasi", "Seleksi berstatus " + k.status());
        }
        Peserta p = peserta(id, pesertaId);
        List<Galat> g = new ArrayList<>();
        if (lulus == null) {
            g.add(new Galat("lulus", "seleksi.administrasi.wajib"));
        } else if (!lulus && (alasan == null || alasan.isBlank())) {
            g.add(new Galat("alasan", "seleksi.administrasi.alasan-wajib"));
        }
        if (alasan != null && alasan.strip().length() > PANJANG_ALASAN_MAKS) {
            g.add(new Galat("alasan", "seleksi.alasan.terlalu-panjang"));
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        String a = alasan == null || alasan.isBlank() ? null : alasan.strip();
        jdbc.sql("UPDATE seleksi.peserta SET administrasi_lulus = ?, administrasi_alasan = ?, administrasi_oleh = ?, "
                + "administrasi_pada = ? WHERE id = ?").params(lulus, a, oleh(), kini(), pesertaId).update();
        Map<String, Object> sebelum = new LinkedHashMap<>();
        sebelum.put("lulus", p.lulus());
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("lulus", lulus);
        sesudah.put("alasan", a);
        audit(id, "UBAH", "Hasil administrasi " + p.nama() + ": " + (lulus ? "lulus" : "tidak lulus"), sebelum, sesudah);
    }

    /**
     * Records scores (0–100, two decimals) of an applicant who passed administrasi, for components whose stage has
     * begun; corrections are possible until the three names are submitted, each audited with its old value.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void catatNilai(long id, long pesertaId, Map<KomponenNilai, BigDecimal> nilai) {
        Kepala k = kunci(id);
        Peserta p = peserta(id, pesertaId);
        if (nilai.isEmpty()) {
            throw new ValidasiException("nilai", "seleksi.nilai.wajib");
        }
        if (!Boolean.TRUE.equals(p.lulus()) || p.mundur()) {
            throw new KonflikException("seleksi.nilai.bukan-peserta-lulus", "Peserta tidak lulus administrasi");
        }
        List<Galat> g = new ArrayList<>();
        for (Map.Entry<KomponenNilai, BigDecimal> e : nilai.entrySet()) {
            String field = "nilai." + e.getKey().name();
            if (!k.status().nilaiDapatDicatat(e.getKey())) {
                g.add(new Galat(field, "seleksi.nilai.tahap-belum-dimulai"));
                continue;
            }
            try {
                PenilaianSeleksi.periksaNilai(field, e.getValue());
            } catch (ValidasiException v) {
                g.addAll(v.galat());
            }
        }
        if (!g.isEmpty()) {
            if (!k.status().nilaiDapatDicatat(KomponenNilai.KOMPETENSI)) {
                throw new KonflikException("seleksi.nilai.tidak-dapat-dicatat", "Seleksi berstatus " + k.status());
            }
            throw new ValidasiException(g);
        }
        Map<String, Object> sebelum = new LinkedHashMap<>();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        for (Map.Entry<KomponenNilai, BigDecimal> e : nilai.entrySet()) {
            jdbc.sql("SELECT nilai FROM seleksi.nilai WHERE peserta_id = ? AND komponen = ?")
                    .params(pesertaId, e.getKey().name()).query(BigDecimal.class).optional()
                    .ifPresent(v -> sebelum.put(e.getKey().name(), v));
            jdbc.sql("""
                            INSERT INTO seleksi.nilai (peserta_id, komponen, nilai, dicatat_oleh, dicatat_pada)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (peserta_id, komponen) DO UPDATE
                            SET nilai = EXCLUDED.nilai, dicatat_oleh = EXCLUDED.dicatat_oleh,
                              dicatat_pada = EXCLUDED.dicatat_pada""")
                    .params(pesertaId, e.getKey().name(), e.getValue(), oleh(), kini()).update();
            sesudah.put(e.getKey().name(), e.getValue());
        }
        audit(id, "UBAH", "Nilai " + p.nama() + " dicatat", sebelum.isEmpty() ? null : sebelum, sesudah);
    }

    /** An applicant withdraws (or is withdrawn) with a reason; the row and its scores stay. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void mundurkan(long id, long pesertaId, @Nullable String alasan) {
        Kepala k = kunci(id);
        if (!k.status().persiapanDapatDiubah()) {
            throw new KonflikException("seleksi.tidak-dapat-diubah", "Seleksi berstatus " + k.status());
        }
        Peserta p = peserta(id, pesertaId);
        if (p.mundur()) {
            throw new KonflikException("seleksi.peserta.sudah-mundur", "Peserta sudah mengundurkan diri");
        }
        String a = alasanWajib(alasan, "alasan");
        jdbc.sql("UPDATE seleksi.peserta SET mundur_alasan = ?, mundur_pada = ? WHERE id = ?")
                .params(a, kini(), pesertaId).update();
        audit(id, "UBAH", "Peserta mengundurkan diri: " + p.nama(), null, Map.of("pesertaId", pesertaId, "alasan", a));
    }

    /**
     * The pansel submits the three best names of the ranking to the PPK. Every applicant still in the selection must
     * be fully scored. With fewer than three ranked applicants the submission needs a note of at least
     * {@value #PANJANG_CATATAN_MINIMAL} characters ("kurang dari tiga"); with none it is refused.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<Peringkat> ajukan(long id, @Nullable String catatan) {
        Kepala k = kunci(id);
        if (k.status() != StatusSeleksi.REKAM_JEJAK) {
            throw new KonflikException("seleksi.ajukan.belum-waktunya", "Seleksi berstatus " + k.status());
        }
        for (KomponenNilai komponen : KomponenNilai.values()) {
            if (belumDinilai(id, komponen) > 0) {
                throw new KonflikException("seleksi.lanjut.nilai-belum-lengkap", "Nilai " + komponen + " belum lengkap");
            }
        }
        List<Peringkat> peringkat = query.peringkat(id, k.bobot());
        if (peringkat.isEmpty()) {
            throw new KonflikException("seleksi.ajukan.tanpa-calon", "Tidak ada calon");
        }
        List<Peringkat> tiga = PenilaianSeleksi.tigaNama(peringkat);
        boolean kurang = tiga.size() < PenilaianSeleksi.TIGA;
        String c = catatan == null || catatan.isBlank() ? null : catatan.strip();
        if (c != null && c.length() > 2000) {
            throw new ValidasiException("catatan", "seleksi.alasan.terlalu-panjang");
        }
        if (kurang && (c == null || c.length() < PANJANG_CATATAN_MINIMAL)) {
            throw new ValidasiException("catatan", "seleksi.ajukan.catatan-kurang-dari-tiga");
        }
        jdbc.sql("""
                        INSERT INTO seleksi.usulan_pansel (seleksi_id, calon, peringkat, bobot, kurang_dari_tiga, catatan,
                          diajukan_oleh, diajukan_pada)
                        VALUES (?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?)""")
                .params(id, json.writeValueAsString(tiga), json.writeValueAsString(peringkat),
                        json.writeValueAsString(k.bobot()), kurang, c, oleh(), kini()).update();
        pindahStatus(id, StatusSeleksi.REKAM_JEJAK, StatusSeleksi.TIGA_NAMA_DIAJUKAN);
        jdbc.sql("UPDATE seleksi.tahap SET dimulai_pada = ?, dimulai_oleh = ? WHERE seleksi_id = ? AND tahap = ?")
                .params(kini(), oleh(), id, TahapSeleksi.PENETAPAN.name()).update();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", StatusSeleksi.TIGA_NAMA_DIAJUKAN.name());
        sesudah.put("calon", tiga.stream().map(p -> p.urutan() + ". " + p.nama() + " (" + p.nilaiAkhir() + ")").toList());
        sesudah.put("kurangDariTiga", kurang);
        sesudah.put("catatan", c);
        audit(id, "AJUKAN", "Pansel mengajukan " + tiga.size() + " nama kepada PPK: " + k.nama(),
                Map.of("status", k.status().name()), sesudah);
        return tiga;
    }

    /**
     * The PPK chooses one of the submitted names. A choice other than the first-ranked needs a written justification
     * ({@link AturanPilihanPpk}). The decision, its rank, the justification and the ranking snapshot are stored
     * permanently and audited.
     */
    @PreAuthorize("hasRole('PPK')")
    public Peringkat tetapkan(long id, @Nullable Long pesertaId, @Nullable String alasan) {
        Kepala k = kunci(id);
        if (k.status() != StatusSeleksi.TIGA_NAMA_DIAJUKAN) {
            throw new KonflikException("seleksi.tetapkan.belum-waktunya", "Seleksi berstatus " + k.status());
        }
        String usulan = jdbc.sql("SELECT calon FROM seleksi.usulan_pansel WHERE seleksi_id = ?").param(id)
                .query(String.class).single();
        List<Peringkat> tiga = query.calon(usulan);
        Peringkat pilihan = AturanPilihanPpk.periksa(tiga, pesertaId, alasan);
        String a = alasan == null || alasan.isBlank() ? null : alasan.strip();
        if (a != null && a.length() > 4000) {
            throw new ValidasiException("alasan", "seleksi.alasan.terlalu-panjang");
        }
        Map<String, Object> cuplikan = new LinkedHashMap<>();
        cuplikan.put("calon", tiga);
        cuplikan.put("bobot", k.bobot());
        jdbc.sql("""
                        INSERT INTO seleksi.keputusan_ppk (seleksi_id, peserta_id, peringkat, alasan, cuplikan,
                          diputuskan_oleh, diputuskan_pada) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                .params(id, pilihan.pesertaId(), pilihan.urutan(), a, json.writeValueAsString(cuplikan), oleh(), kini())
                .update();
        pindahStatus(id, StatusSeleksi.TIGA_NAMA_DIAJUKAN, StatusSeleksi.DITETAPKAN);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", StatusSeleksi.DITETAPKAN.name());
        sesudah.put("pesertaId", pilihan.pesertaId());
        sesudah.put("nama", pilihan.nama());
        sesudah.put("peringkat", pilihan.urutan());
        sesudah.put("nilaiAkhir", pilihan.nilaiAkhir());
        sesudah.put("alasan", a);
        sesudah.put("calon", tiga.stream().map(p -> p.urutan() + ". " + p.nama() + " (" + p.nilaiAkhir() + ")").toList());
        audit(id, "TETAPKAN", "PPK memilih " + pilihan.nama() + " (peringkat " + pilihan.urutan() + ") pada "
                + k.nama(), Map.of("status", k.status().name()), sesudah);
        return pilihan;
    }

    /** Cancels a selection that has not been decided, with a reason. Final. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public void batalkan(long id, @Nullable String alasan) {
        Kepala k = kunci(id);
        if (k.status().selesai()) {
            throw new KonflikException("seleksi.sudah-selesai", "Seleksi berstatus " + k.status());
        }
        String a = alasanWajib(alasan, "alasan");
        Transisi.ubah(jdbc, "seleksi.seleksi", id)
                .set("status = 'DIBATALKAN', alasan_batal = :alasan, dibatalkan_oleh = :oleh, dibatalkan_pada = :kini, "
                        + "versi = versi + 1")
                .param("alasan", a).param("oleh", oleh()).param("kini", kini()).dari(k.status())
                .jalankan("Seleksi terbuka", "seleksi.sudah-selesai", "Seleksi " + id + " sudah berubah");
        audit(id, "BATALKAN", "Seleksi terbuka dibatalkan: " + k.nama(), Map.of("status", k.status().name()),
                Map.of("status", StatusSeleksi.DIBATALKAN.name(), "alasan", a));
    }

    private static String alasanWajib(@Nullable String alasan, String field) {
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException(field, "seleksi.alasan.wajib");
        }
        if (alasan.strip().length() > PANJANG_ALASAN_MAKS) {
            throw new ValidasiException(field, "seleksi.alasan.terlalu-panjang");
        }
        return alasan.strip();
    }

    record Kepala(String nama, StatusSeleksi status, BobotPenilaian bobot, @Nullable Long opdId) {}

    /** Locks the selection row for the rest of the transaction (one change at a time). */
    private Kepala kunci(long id) {
        return jdbc.sql("""
                        SELECT s.nama, s.status, s.bobot_makalah, s.bobot_kompetensi, s.bobot_wawancara,
                          s.bobot_rekam_jejak, (SELECT j.opd_id FROM organisasi.v_jabatan j WHERE j.id = s.jabatan_id)
                        FROM seleksi.seleksi s WHERE s.id = ? FOR UPDATE""").param(id)
                .query((rs, i) -> new Kepala(rs.getString(1), StatusSeleksi.valueOf(rs.getString(2)),
                        new BobotPenilaian(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                                rs.getBigDecimal(6)), (Long) rs.getObject(7)))
                .optional().orElseThrow(() -> new DataTidakDitemukanException("Seleksi terbuka", id));
    }

    record Peserta(String nama, @Nullable Boolean lulus, boolean mundur) {}

    private Peserta peserta(long id, long pesertaId) {
        return jdbc.sql("SELECT nama, administrasi_lulus, mundur_pada IS NOT NULL FROM seleksi.peserta "
                        + "WHERE id = ? AND seleksi_id = ?").params(pesertaId, id)
                .query((rs, i) -> new Peserta(rs.getString(1), (Boolean) rs.getObject(2), rs.getBoolean(3)))
                .optional().orElseThrow(() -> new DataTidakDitemukanException("Peserta", pesertaId));
    }

    private void pindahStatus(long id, StatusSeleksi dari, StatusSeleksi ke) {
        Transisi.ubah(jdbc, "seleksi.seleksi", id).set("status = :ke, versi = versi + 1").param("ke", ke.name())
                .dari(dari).jalankan("Seleksi terbuka", "galat.409.versi", "Seleksi " + id + " sudah berubah");
    }

    private long hitung(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private String oleh() {
        return cakupan.saatIni().username();
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(clock);
    }

    private void audit(long id, String aksi, String ringkasan, @Nullable Object sebelum, @Nullable Object sesudah) {
        Long opd = jdbc.sql("SELECT j.opd_id FROM seleksi.seleksi s JOIN organisasi.v_jabatan j ON j.id = s.jabatan_id "
                + "WHERE s.id = ?").param(id).query(Long.class).optional().orElse(null);
        events.publishEvent(new DataDiubah("SELEKSI_TERBUKA", String.valueOf(id), aksi, opd, ringkasan, sebelum,
                sesudah));
    }
}
