package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.kinerja.application.SkpQuery.Kepala;
import id.aparatur.kinerja.domain.AlurSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.MatriksPredikat;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.StatusSkp;
import id.aparatur.kinerja.SkpDifinalkan;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.TindakLanjut;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.Transisi;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP use cases: an employee creates their own SKP for a year (the penilai is their atasan langsung at that
 * moment), edits its RHK while it is a draft, the penilai agrees, rates and finalises ({@link AlurSkp}). Every change
 * is audited; a final SKP is locked (also by the database).
 */
@Service
@Transactional
public class LayananSkp {

    public record IndikatorMasuk(@Nullable String aspek, @Nullable String uraian, @Nullable String target) {}

    /** An RHK as sent: {@code id} of an existing RHK of this SKP to keep it (others intervening it stay linked). */
    public record RhkMasuk(@Nullable Long id, @Nullable String uraian, @Nullable String jenis,
            @Nullable Long rhkAtasanId, @Nullable List<IndikatorMasuk> indikator) {}

    /** A finalisation: the SKP finalised and the distribution rules the OPD breaks (policy PERINGATAN). */
    public record HasilFinalisasi(long skpId, List<LayananDistribusi.Pelanggaran> peringatan) {}

    /** A finalisation of all rated SKP of an OPD and year. */
    public record HasilFinalisasiOpd(long opdId, int tahun, List<Long> difinalkan,
            List<LayananDistribusi.Pelanggaran> peringatan) {}

    private final JdbcClient jdbc;
    private final SkpQuery query;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LayananDistribusi distribusi;
    private final PeriodeEvaluasi periodeBaku;

    LayananSkp(JdbcClient jdbc, SkpQuery query, CakupanPengguna cakupan, ApplicationEventPublisher events,
            Clock clock, LayananDistribusi distribusi, PengaturanKinerja pengaturan) {
        this.jdbc = jdbc;
        this.query = query;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
        this.distribusi = distribusi;
        this.periodeBaku = pengaturan.periodeEvaluasiBaku();
    }

    /** Creates the signed-in employee's own SKP for {@code tahun}. */
    public long buat(int tahun, @Nullable String periodeEvaluasi) {
        Cakupan c = cakupan.saatIni();
        if (c.nip() == null) {
            throw new AccessDeniedException("Hanya pegawai yang menyusun SKP sendiri");
        }
        List<Galat> galat = new ArrayList<>();
        if (tahun < 2000 || tahun > 2100) {
            galat.add(new Galat("tahun", "skp.tahun.tidak-sah"));
        }
        PeriodeEvaluasi periode = periodeEvaluasi == null ? periodeBaku
                : enumAtauNull(PeriodeEvaluasi.class, periodeEvaluasi);
        if (periode == null) {
            galat.add(new Galat("periodeEvaluasi", "skp.periode.tidak-sah"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        var baris = jdbc.sql("SELECT atasan_nip, opd_id FROM pegawai.v_pegawai WHERE nip = ? AND aktif")
                .param(c.nip()).query((rs, i) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class)})
                .optional().orElseThrow(() -> new AccessDeniedException("Pegawai tidak aktif"));
        OffsetDateTime kini = OffsetDateTime.now(clock);
        Long id = jdbc.sql("""
                        INSERT INTO kinerja.skp (nip, tahun, periode_evaluasi, penilai_nip, dibuat_pada, dibuat_oleh,
                          diubah_pada, diubah_oleh)
                        VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (nip, tahun) DO NOTHING RETURNING id""")
                .params(c.nip(), tahun, periode.name(), baris[0], kini,
                        c.username(), kini, c.username())
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new KonflikException("skp.sudah-ada", "SKP tahun " + tahun + " sudah ada");
        }
        events.publishEvent(new DataDiubah("SKP", String.valueOf(id), "BUAT", (Long) baris[1],
                "SKP " + tahun + " " + c.nip() + " disusun", null, query.detail(c, id)));
        return id;
    }

    /** Replaces the RHK list (with indicators) of a draft SKP; {@code versi} must be the current one. */
    public void ubahRhk(long id, int versi, List<RhkMasuk> daftar) {
        Cakupan c = cakupan.saatIni();
        Kepala k = langkah(c, id, Aksi.UBAH);
        if (k.versi() != versi) {
            throw new KonflikException("skp.versi-usang", "SKP telah diubah orang lain");
        }
        Set<Long> milik = new HashSet<>(jdbc.sql("SELECT id FROM kinerja.rhk WHERE skp_id = ?").param(id)
                .query(Long.class).list());
        List<String> rantai = jdbc.sql("""
                        WITH RECURSIVE naik(nip, tingkat) AS (
                          SELECT atasan_nip, 1 FROM pegawai.v_pegawai WHERE nip = :nip AND atasan_nip IS NOT NULL
                          UNION SELECT p.atasan_nip, n.tingkat + 1 FROM pegawai.v_pegawai p JOIN naik n ON p.nip = n.nip
                          WHERE p.atasan_nip IS NOT NULL AND n.tingkat < 30)
                        SELECT nip FROM naik ORDER BY tingkat""").param("nip", k.nip()).query(String.class).list();
        List<Galat> galat = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            RhkMasuk r = daftar.get(i);
            String f = "rhk[" + i + "].";
            if (r.id() != null && !milik.contains(r.id())) {
                galat.add(new Galat(f + "id", "skp.rhk.bukan-milik"));
            }
            if (kosong(r.uraian()) || r.uraian().length() > 1000) {
                galat.add(new Galat(f + "uraian", "skp.rhk.uraian.wajib"));
            }
            if (enumAtauNull(JenisRhk.class, r.jenis()) == null) {
                galat.add(new Galat(f + "jenis", "skp.rhk.jenis.wajib"));
            }
            if (r.rhkAtasanId() != null) {
                var target = jdbc.sql("""
                                SELECT s.nip, s.tahun FROM kinerja.rhk r JOIN kinerja.skp s ON s.id = r.skp_id
                                WHERE r.id = ?""").param(r.rhkAtasanId())
                        .query((rs, j) -> new KaskadeRhk.RhkAtasan(rs.getString(1), rs.getInt(2))).optional();
                if (target.isEmpty() || !KaskadeRhk.boleh(k.tahun(), rantai, target.get())) {
                    galat.add(new Galat(f + "rhkAtasanId", "skp.rhk.kaskade.di-luar-rantai"));
                }
            }
            List<IndikatorMasuk> ind = r.indikator() == null ? List.of() : r.indikator();
            if (ind.isEmpty()) {
                galat.add(new Galat(f + "indikator", "skp.rhk.indikator.wajib"));
            }
            for (int j = 0; j < ind.size(); j++) {
                IndikatorMasuk x = ind.get(j);
                String g = f + "indikator[" + j + "].";
                if (x == null || enumAtauNull(AspekIndikator.class, x.aspek()) == null) {
                    galat.add(new Galat(g + "aspek", "skp.indikator.aspek.wajib"));
                }
                if (x == null || kosong(x.uraian()) || x.uraian().length() > 1000) {
                    galat.add(new Galat(g + "uraian", "skp.indikator.uraian.wajib"));
                }
                if (x == null || kosong(x.target()) || x.target().length() > 200) {
                    galat.add(new Galat(g + "target", "skp.indikator.target.wajib"));
                }
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        var sebelum = query.detail(c, id);
        Set<Long> dipakai = new HashSet<>();
        daftar.forEach(r -> {
            if (r.id() != null) {
                dipakai.add(r.id());
            }
        });
        for (Long lama : milik) {
            if (!dipakai.contains(lama)) {
                boolean diintervensi = jdbc.sql("SELECT count(*) FROM kinerja.rhk WHERE rhk_atasan_id = ?").param(lama)
                        .query(Long.class).single() > 0;
                if (diintervensi) {
                    throw new KonflikException("skp.rhk.diintervensi",
                            "RHK " + lama + " diintervensi RHK bawahan dan tidak dapat dihapus");
                }
            }
        }
        jdbc.sql("DELETE FROM kinerja.indikator WHERE rhk_id IN (SELECT id FROM kinerja.rhk WHERE skp_id = ?)")
                .param(id).update();
        for (Long lama : milik) {
            if (!dipakai.contains(lama)) {
                jdbc.sql("DELETE FROM kinerja.rhk WHERE id = ?").param(lama).update();
            }
        }
        for (int i = 0; i < daftar.size(); i++) {
            RhkMasuk r = daftar.get(i);
            long rhkId;
            if (r.id() != null) {
                jdbc.sql("UPDATE kinerja.rhk SET urutan = ?, uraian = ?, jenis = ?, rhk_atasan_id = ? WHERE id = ?")
                        .params(i + 1, r.uraian().strip(), enumAtauNull(JenisRhk.class, r.jenis()).name(), r.rhkAtasanId(), r.id()).update();
                rhkId = r.id();
            } else {
                rhkId = jdbc.sql("""
                                INSERT INTO kinerja.rhk (skp_id, urutan, uraian, jenis, rhk_atasan_id) VALUES (?,?,?,?,?)
                                RETURNING id""").params(id, i + 1, r.uraian().strip(), enumAtauNull(JenisRhk.class, r.jenis()).name(), r.rhkAtasanId())
                        .query(Long.class).single();
            }
            for (IndikatorMasuk x : r.indikator()) {
                jdbc.sql("INSERT INTO kinerja.indikator (rhk_id, aspek, uraian, target) VALUES (?,?,?,?)")
                        .params(rhkId, enumAtauNull(AspekIndikator.class, x.aspek()).name(), x.uraian().strip(), x.target().strip()).update();
            }
        }
        simpan(c, k, versi, StatusSkp.DRAF, "UBAH", "RHK SKP diubah", sebelum, "");
    }

    /**
     * The penilai agrees to a draft.
     *
     * @param versi the version the penilai saw (null: whatever it is now); every step below takes it, so that two
     *     decisions made on the same page at once cannot both apply
     */
    public void setujui(long id, @Nullable Integer versi) {
        Cakupan c = cakupan.saatIni();
        Kepala k = langkah(c, id, Aksi.SETUJUI);
        simpan(c, k, versi, StatusSkp.DISETUJUI, "UBAH", "SKP disetujui penilai", query.detail(c, id),
                ", disetujui_pada = now()");
    }

    /**
     * The penilai returns a draft or an agreed (not yet rated) SKP to the owner for revision: it becomes a DRAF again
     * and the note (5–2000 characters) is kept as feedback on the SKP.
     */
    public void kembalikan(long id, @Nullable Integer versi, @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        if (kosong(catatan) || catatan.strip().length() < 5 || catatan.strip().length() > 2000) {
            throw new ValidasiException("catatan", "skpui.kembalikan.catatan.wajib");
        }
        Kepala k = langkah(c, id, Aksi.KEMBALIKAN);
        var sebelum = query.detail(c, id);
        jdbc.sql("INSERT INTO kinerja.umpan_balik (skp_id, isi, oleh, oleh_nip) VALUES (?,?,?,?)")
                .params(id, catatan.strip(), c.username(), c.nip()).update();
        simpan(c, k, versi, StatusSkp.DRAF, "UBAH", "SKP dikembalikan penilai untuk diperbaiki: " + catatan.strip(),
                sebelum, ", disetujui_pada = NULL");
    }

    /** The penilai's ratings; {@code catatan} holds feedback for each of the seven BerAKHLAK values. */
    public PredikatKinerja nilai(long id, @Nullable Integer versi, @Nullable String hasil, @Nullable String perilaku,
            Map<String, String> masuk) {
        Cakupan c = cakupan.saatIni();
        kunciDistribusi(id); // a rating changes the OPD's distribution: not while it is being checked
        Kepala k = langkah(c, id, Aksi.NILAI);
        Ekspektasi hasilKerja = enumAtauNull(Ekspektasi.class, hasil);
        Ekspektasi perilakuKerja = enumAtauNull(Ekspektasi.class, perilaku);
        List<Galat> galat = new ArrayList<>();
        Map<NilaiBerakhlak, String> catatan = new java.util.EnumMap<>(NilaiBerakhlak.class);
        masuk.forEach((n, t) -> {
            NilaiBerakhlak nb = enumAtauNull(NilaiBerakhlak.class, n);
            if (nb == null) {
                galat.add(new Galat("perilaku." + n, "skp.nilai.berakhlak.tidak-dikenal"));
            } else {
                catatan.put(nb, t);
            }
        });
        if (hasilKerja == null) {
            galat.add(new Galat("hasilKerja", "skp.nilai.hasil-kerja.wajib"));
        }
        if (perilakuKerja == null) {
            galat.add(new Galat("perilakuKerja", "skp.nilai.perilaku.wajib"));
        }
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            String t = catatan.get(n);
            if (kosong(t) || t.length() > 2000) {
                galat.add(new Galat("perilaku." + n.name(), "skp.nilai.catatan.wajib"));
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        PredikatKinerja predikat = MatriksPredikat.predikat(hasilKerja, perilakuKerja);
        var sebelum = query.detail(c, id);
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            jdbc.sql("""
                            INSERT INTO kinerja.perilaku (skp_id, nilai, catatan) VALUES (?,?,?)
                            ON CONFLICT (skp_id, nilai) DO UPDATE SET catatan = EXCLUDED.catatan""")
                    .params(id, n.name(), catatan.get(n).strip()).update();
        }
        jdbc.sql("UPDATE kinerja.skp SET rating_hasil_kerja = ?, rating_perilaku = ?, predikat = ? WHERE id = ?")
                .params(hasilKerja.name(), perilakuKerja.name(), predikat.name(), id).update();
        simpan(c, k, versi, StatusSkp.DINILAI, "UBAH", "SKP dinilai: " + predikat.label(), sebelum,
                ", dinilai_pada = now()");
        return predikat;
    }

    /**
     * Finalises a rated SKP: the organisational predikat of the SKP's OPD and year must be set; the OPD's distribution
     * is checked (policy PERINGATAN: finalise and return the violations; BLOKIR: refuse with 409). Locks, audits,
     * publishes {@link SkpDifinalkan} and opens the follow-up of a Butuh Perbaikan / Kurang / Sangat Kurang.
     */
    public HasilFinalisasi finalkan(long id, @Nullable Integer versi) {
        Cakupan c = cakupan.saatIni();
        kunciDistribusi(id);
        Kepala k = langkah(c, id, Aksi.FINALKAN);
        List<LayananDistribusi.Pelanggaran> peringatan = periksaDistribusi(k.skpOpdId(), k.tahun());
        finalkanSatu(c, k, versi);
        return new HasilFinalisasi(id, peringatan);
    }

    /** BKD finalises every rated SKP of an OPD and year at once (same checks as {@link #finalkan}). */
    public HasilFinalisasiOpd finalkanOpd(long opdId, int tahun) {
        Cakupan c = cakupan.saatIni();
        if (!c.pengelola()) {
            throw new AccessDeniedException("Hanya BKD yang memfinalkan SKP satu OPD sekaligus");
        }
        distribusi.kunci(opdId, tahun);
        List<LayananDistribusi.Pelanggaran> peringatan = periksaDistribusi(opdId, tahun);
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM kinerja.skp WHERE opd_id = ? AND tahun = ? AND status = 'DINILAI' ORDER BY id""")
                .params(opdId, tahun).query(Long.class).list();
        for (long id : ids) {
            finalkanSatu(c, langkah(c, id, Aksi.FINALKAN), null);
        }
        return new HasilFinalisasiOpd(opdId, tahun, ids, peringatan);
    }

    /**
     * Takes the OPD/year distribution lock of an SKP (see {@link LayananDistribusi}) before its row lock, the same
     * order everywhere; 404 when the SKP does not exist.
     */
    private void kunciDistribusi(long id) {
        var tempat = jdbc.sql("SELECT opd_id, tahun FROM kinerja.skp WHERE id = ?").param(id)
                .query((rs, i) -> new Object[] {rs.getObject(1, Long.class), rs.getInt(2)}).optional()
                .orElseThrow(() -> new DataTidakDitemukanException("SKP", id));
        if (tempat[0] != null) {
            distribusi.kunci((Long) tempat[0], (Integer) tempat[1]);
        }
    }

    private List<LayananDistribusi.Pelanggaran> periksaDistribusi(@Nullable Long opd, int tahun) {
        if (opd == null || distribusi.predikatOrganisasi(opd, tahun).isEmpty()) {
            throw new KonflikException("evaluasi.predikat-organisasi.belum",
                    "Predikat organisasi OPD untuk tahun " + tahun + " belum ditetapkan BKD/PPK");
        }
        var pelanggaran = distribusi.periksa(opd, tahun).pelanggaran();
        if (!pelanggaran.isEmpty() && distribusi.kebijakan() == KebijakanDistribusi.BLOKIR) {
            throw new DistribusiDilanggarException(pelanggaran);
        }
        return pelanggaran;
    }

    private void finalkanSatu(Cakupan c, Kepala k, @Nullable Integer versi) {
        simpan(c, k, versi, StatusSkp.FINAL, "UBAH", "SKP difinalkan", query.detail(c, k.id()),
                ", difinalkan_pada = now()");
        PredikatKinerja predikat = PredikatKinerja.valueOf(jdbc.sql("SELECT predikat FROM kinerja.skp WHERE id = ?")
                .param(k.id()).query(String.class).single());
        events.publishEvent(new SkpDifinalkan(k.id(), k.nip(), k.tahun(), k.skpOpdId(), predikat));
        var jenis = predikat.tindakLanjut();
        if (jenis.isPresent()) {
            Long tl = jdbc.sql("""
                            INSERT INTO kinerja.tindak_lanjut (skp_id, nip, tahun, predikat, jenis, atasan_nip,
                              dibuka_pada, diubah_oleh, diubah_pada)
                            VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (skp_id) DO NOTHING RETURNING id""")
                    .params(k.id(), k.nip(), k.tahun(), predikat.name(), jenis.get().name(), k.penilaiNip(),
                            OffsetDateTime.now(clock), c.username(), OffsetDateTime.now(clock))
                    .query(Long.class).optional().orElse(null);
            if (tl != null) {
                events.publishEvent(new DataDiubah("TINDAK_LANJUT", String.valueOf(tl), "BUAT", k.opdId(),
                        "Tindak lanjut " + jenis.get() + " dibuka untuk " + k.nip() + " (" + k.tahun() + ", "
                                + predikat.label() + ")", null,
                        Map.of("skpId", k.id(), "jenis", jenis.get().name(), "predikat", predikat.name(),
                                "atasanNip", k.penilaiNip() == null ? "" : k.penilaiNip(), "status", "TERBUKA")));
            }
        }
    }

    /** Loads the SKP in scope (404 otherwise) without locking. */
    Kepala langkahBaca(Cakupan c, long id) {
        return query.kepala(c, id, false);
    }

    /** Loads the SKP in scope (404 otherwise), locked for update, and checks the step against {@link AlurSkp}. */
    Kepala langkah(Cakupan c, long id, Aksi aksi) {
        Kepala k = query.kepala(c, id, true);
        AlurSkp.Hasil h = AlurSkp.periksa(k.status(), aksi, k.pihak());
        if (h instanceof AlurSkp.SalahStatus s) {
            throw new KonflikException("skp.status.tidak-sesuai",
                    "Langkah " + aksi + " tidak berlaku untuk SKP berstatus " + s.status());
        }
        if (h instanceof AlurSkp.BukanHaknya) {
            throw new AccessDeniedException("Langkah " + aksi + " bukan hak pengguna");
        }
        return k;
    }

    /**
     * The step as one guarded update: still in the state {@link #langkah} read (and locked), and still at
     * {@code versi} when the caller sent one; otherwise 409 and nothing of the step is kept.
     */
    private void simpan(Cakupan c, Kepala k, @Nullable Integer versi, StatusSkp status, String aksi, String ringkasan,
            Object sebelum, String tambahan) {
        Transisi.ubah(jdbc, "kinerja.skp", k.id())
                .set("status = :status, versi = versi + 1, diubah_pada = :pada, diubah_oleh = :oleh" + tambahan)
                .param("status", status.name()).param("pada", OffsetDateTime.now(clock)).param("oleh", c.username())
                .dari(k.status()).versi(versi)
                .jalankan("SKP", "skp.versi-usang", "SKP " + k.id() + " telah diubah orang lain");
        events.publishEvent(new DataDiubah("SKP", String.valueOf(k.id()), aksi, k.opdId(),
                ringkasan + " (" + k.nip() + ", " + k.tahun() + ")", sebelum, query.detail(c, k.id())));
    }

    /** The constant named {@code nilai} (exact spelling), or null when blank or unknown. */
    private static <E extends Enum<E>> @Nullable E enumAtauNull(Class<E> jenis, @Nullable String nilai) {
        if (nilai == null) {
            return null;
        }
        for (E e : jenis.getEnumConstants()) {
            if (e.name().equals(nilai.strip())) {
                return e;
            }
        }
        return null;
    }

    private static boolean kosong(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
