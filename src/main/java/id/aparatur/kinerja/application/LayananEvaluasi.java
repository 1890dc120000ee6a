package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.akses.Peran;
import id.aparatur.audit.DataDiubah;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import id.aparatur.kinerja.domain.Skp;
import id.aparatur.kinerja.domain.TindakLanjut;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP cycle after agreement, except finalisation ({@link LayananSkp}): the OPD's organisational predikat (BKD or
 * PPK), realisation with evidence (the owner), continuous feedback (penilai and owner), periodic evaluation (penilai),
 * review by the penilai's atasan, and moving a follow-up forward (its atasan or BKD). Who may do which step while the
 * SKP is in which state is {@link id.aparatur.kinerja.domain.AlurSkp}. Every change is audited.
 */
@Service
@Transactional
public class LayananEvaluasi {

    private final JdbcClient jdbc;
    private final LayananSkp skp;
    private final SkpQuery query;
    private final TindakLanjutSkp tindakLanjut;
    private final LayananDistribusi distribusi;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LayananEvaluasi(
            JdbcClient jdbc,
            LayananSkp skp,
            SkpQuery query,
            TindakLanjutSkp tindakLanjut,
            LayananDistribusi distribusi,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.skp = skp;
        this.query = query;
        this.tindakLanjut = tindakLanjut;
        this.distribusi = distribusi;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    /** Who sets the organisational predikat of an OPD: BKD or the PPK. */
    static boolean bolehMenetapkanPredikatOrganisasi(Cakupan c) {
        return c.pengelola() || c.punya(Peran.PPK);
    }

    /**
     * Moves the follow-up of an SKP forward, as {@link #ubahTindakLanjut} (the evaluation page of the SKP); 404 when
     * the SKP is outside the user's scope or has no follow-up.
     */
    public void ubahTindakLanjutSkp(
            long skpId,
            @Nullable Integer versi,
            @Nullable String status,
            @Nullable String rencana,
            @Nullable String hasil) {
        query.kepala(cakupan.saatIni(), skpId);
        long id = tindakLanjut
                .idUntukSkp(skpId)
                .orElseThrow(() -> new id.aparatur.shared.DataTidakDitemukanException("TindakLanjut", skpId));
        ubahTindakLanjut(id, versi, status, rencana, hasil);
    }

    /** {@link #catatPenyebab} for the follow-up of an SKP (the evaluation page). */
    public void catatPenyebabSkp(long skpId, @Nullable Integer versi, @Nullable String penyebab) {
        query.kepala(cakupan.saatIni(), skpId);
        long id = tindakLanjut
                .idUntukSkp(skpId)
                .orElseThrow(() -> new id.aparatur.shared.DataTidakDitemukanException("TindakLanjut", skpId));
        catatPenyebab(id, versi, penyebab);
    }

    /** BKD or the PPK sets the organisational predikat of an OPD for a year; the latest one is in force. */
    public long tetapkanPredikatOrganisasi(
            @Nullable Long opdId, @Nullable Integer tahun, @Nullable String predikat, @Nullable String dasar) {
        return tetapkanPredikatOrganisasi(opdId, null, tahun, predikat, dasar);
    }

    /** Whether {@code c} is the head of the unit: holds the jabatan that heads it (organisasi's contract). */
    private boolean kepalaUnit(Cakupan c, long opdId, long unitId) {
        return c.nip() != null
                && jdbc.sql("""
                                SELECT count(*) FROM organisasi.v_unit u JOIN pegawai.v_pegawai_aktif p
                                  ON p.jabatan_id = u.jabatan_kepala_id
                                WHERE u.id = ? AND u.opd_id = ? AND p.nip = ?""")
                                .params(unitId, opdId, c.nip())
                                .query(Long.class)
                                .single()
                        > 0;
    }

    /**
     * Sets the organisational predikat of an OPD (BKD or the PPK) or of one of its units kerja ({@code unitId}: the
     * head of that unit, or BKD/PPK; PermenPANRB 6/2022: the leader sets the capaian kinerja organisasi of the unit he
     * leads) for a year; the latest one is in force. A unit without its own predikat takes the OPD's.
     */
    public long tetapkanPredikatOrganisasi(
            @Nullable Long opdId,
            @Nullable Long unitId,
            @Nullable Integer tahun,
            @Nullable String predikat,
            @Nullable String dasar) {
        Cakupan c = cakupan.saatIni();
        boolean berwenang = bolehMenetapkanPredikatOrganisasi(c)
                || (unitId != null && opdId != null && kepalaUnit(c, opdId, unitId));
        if (!berwenang) {
            throw new AccessDeniedException(
                    "Hanya BKD atau PPK (atau kepala unit untuk unitnya) yang menetapkan predikat organisasi");
        }
        List<Galat> galat = new ArrayList<>();
        if (unitId != null
                && (opdId == null
                        || jdbc.sql("SELECT count(*) FROM organisasi.v_unit WHERE id = ? AND opd_id = ?")
                                        .params(unitId, opdId)
                                        .query(Long.class)
                                        .single()
                                == 0)) {
            galat.add(new Galat("unitId", "evaluasi.unit.tidak-ada"));
        }
        if (opdId == null
                || jdbc.sql("SELECT count(*) FROM organisasi.v_opd WHERE id = ?")
                                .param(opdId)
                                .query(Long.class)
                                .single()
                        == 0) {
            galat.add(new Galat("opdId", "evaluasi.opd.tidak-ada"));
        }
        if (tahun == null || tahun < 2000 || tahun > 2100) {
            galat.add(new Galat("tahun", "skp.tahun.tidak-sah"));
        }
        PredikatOrganisasi po = enumAtauNull(PredikatOrganisasi.class, predikat);
        if (po == null) {
            galat.add(new Galat("predikat", "evaluasi.predikat-organisasi.tidak-sah"));
        }
        if (kosong(dasar) || dasar.strip().length() > 500) {
            galat.add(new Galat("dasar", "evaluasi.predikat-organisasi.dasar.wajib"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        distribusi.kunci(opdId, tahun);
        String sebelum = (unitId == null
                        ? distribusi.predikatOrganisasi(opdId, tahun)
                        : distribusi.predikatUnit(unitId, tahun))
                .map(Enum::name)
                .orElse(null);
        long id = jdbc.sql("""
                        INSERT INTO kinerja.predikat_organisasi (opd_id, unit_id, tahun, predikat, dasar,
                          ditetapkan_oleh, ditetapkan_pada) VALUES (?,?,?,?,?,?,?) RETURNING id""")
                .params(opdId, unitId, tahun, po.name(), dasar.strip(), c.username(), OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        events.publishEvent(new DataDiubah(
                "PREDIKAT_ORGANISASI",
                unitId == null ? opdId + "/" + tahun : opdId + "/" + unitId + "/" + tahun,
                sebelum == null ? "BUAT" : "UBAH",
                opdId,
                (unitId == null ? "Predikat organisasi " : "Predikat organisasi unit " + unitId + " ") + tahun
                        + " ditetapkan: " + po,
                sebelum == null ? null : Map.of("predikat", sebelum),
                Map.of("predikat", po.name(), "dasar", dasar.strip())));
        return id;
    }

    /**
     * The owner records the realisation of one indicator of the SKP in a period, with an evidence link (optional):
     * only a complete http(s) URL, so that no {@code javascript:}, {@code data:} or {@code file:} link is ever stored
     * and offered to the penilai.
     */
    public long catatRealisasi(
            long skpId,
            @Nullable Long indikatorId,
            @Nullable Integer periodeKe,
            @Nullable String realisasi,
            @Nullable String bukti,
            @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        LayananSkp.Langkah l = skp.muat(c, skpId, null, Aksi.REALISASI);
        List<Galat> galat = new ArrayList<>();
        if (indikatorId == null || !l.skp().punyaIndikator(indikatorId)) {
            galat.add(new Galat("indikatorId", "evaluasi.indikator.bukan-milik"));
        }
        periode(l.skp(), periodeKe, galat);
        if (kosong(realisasi) || realisasi.strip().length() > 1000) {
            galat.add(new Galat("realisasi", "evaluasi.realisasi.wajib"));
        }
        if (bukti != null && bukti.strip().length() > BUKTI_MAKSIMAL) {
            galat.add(new Galat("bukti", "evaluasi.bukti.terlalu-panjang"));
        } else if (!kosong(bukti) && !tautanHttp(bukti.strip())) {
            galat.add(new Galat("bukti", "validasi.tautan.http"));
        }
        if (catatan != null && catatan.strip().length() > 2000) {
            galat.add(new Galat("catatan", "evaluasi.catatan.terlalu-panjang"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        long id = jdbc.sql("""
                        INSERT INTO kinerja.realisasi (skp_id, indikator_id, periode_ke, realisasi, bukti, catatan,
                          dicatat_oleh, dicatat_pada) VALUES (?,?,?,?,?,?,?,?) RETURNING id""")
                .params(
                        skpId,
                        indikatorId,
                        periodeKe,
                        realisasi.strip(),
                        kosongJadiNull(bukti),
                        kosongJadiNull(catatan),
                        c.username(),
                        OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        audit(
                "SKP_REALISASI",
                id,
                l,
                "Realisasi periode " + periodeKe + " dicatat",
                Map.of("indikatorId", indikatorId, "periodeKe", periodeKe, "realisasi", realisasi.strip()));
        return id;
    }

    /** Longest evidence link (column {@code kinerja.realisasi.bukti}). */
    static final int BUKTI_MAKSIMAL = 1000;

    /** A complete http:// or https:// URL with a host, without white space or control characters. */
    static boolean tautanHttp(String s) {
        if (s.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(s);
            String skema = u.getScheme();
            return skema != null
                    && (skema.equalsIgnoreCase("http") || skema.equalsIgnoreCase("https"))
                    && u.getHost() != null
                    && !u.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** A feedback note from the penilai to the owner, or the owner's reply; optionally for a period and an RHK. */
    public long umpanBalik(long skpId, @Nullable Integer periodeKe, @Nullable Long rhkId, @Nullable String isi) {
        Cakupan c = cakupan.saatIni();
        LayananSkp.Langkah l = skp.muat(c, skpId, null, Aksi.UMPAN_BALIK);
        List<Galat> galat = new ArrayList<>();
        if (periodeKe != null) {
            periode(l.skp(), periodeKe, galat);
        }
        if (rhkId != null && !l.skp().punyaRhk(rhkId)) {
            galat.add(new Galat("rhkId", "skp.rhk.bukan-milik"));
        }
        if (kosong(isi) || isi.strip().length() > 2000) {
            galat.add(new Galat("isi", "evaluasi.umpan-balik.wajib"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        long id = jdbc.sql("""
                        INSERT INTO kinerja.umpan_balik (skp_id, periode_ke, rhk_id, isi, oleh, oleh_nip, dibuat_pada)
                        VALUES (?,?,?,?,?,?,?) RETURNING id""")
                .params(skpId, periodeKe, rhkId, isi.strip(), c.username(), c.nip(), OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        audit("SKP_UMPAN_BALIK", id, l, "Umpan balik ditulis", Map.of("isi", isi.strip()));
        return id;
    }

    /** The penilai rates hasil kerja and perilaku kerja for one period (again until the SKP is rated). */
    public PredikatKinerja evaluasiPeriodik(
            long skpId, int periodeKe, @Nullable String hasil, @Nullable String perilaku, @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        LayananSkp.Langkah l = skp.muat(c, skpId, null, Aksi.EVALUASI_PERIODIK);
        Skp k = l.skp();
        List<Galat> galat = new ArrayList<>();
        periode(k, periodeKe, galat);
        Ekspektasi h = enumAtauNull(Ekspektasi.class, hasil);
        Ekspektasi p = enumAtauNull(Ekspektasi.class, perilaku);
        if (h == null) {
            galat.add(new Galat("hasilKerja", "skp.nilai.hasil-kerja.wajib"));
        }
        if (p == null) {
            galat.add(new Galat("perilakuKerja", "skp.nilai.perilaku.wajib"));
        }
        if (catatan != null && catatan.strip().length() > 2000) {
            galat.add(new Galat("catatan", "evaluasi.catatan.terlalu-panjang"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        PredikatKinerja predikat = skp.matriks(k.tahun()).predikat(h, p);
        Map<String, Object> sebelum = jdbc.sql("""
                        SELECT rating_hasil_kerja, rating_perilaku, predikat FROM kinerja.evaluasi
                        WHERE skp_id = ? AND periode_ke = ?""").params(skpId, periodeKe).query().listOfRows().stream()
                .findFirst()
                .orElse(null);
        long id = jdbc.sql("""
                        INSERT INTO kinerja.evaluasi (skp_id, periode_ke, rating_hasil_kerja, rating_perilaku, predikat,
                          catatan, dinilai_oleh, dinilai_pada) VALUES (?,?,?,?,?,?,?,?)
                        ON CONFLICT (skp_id, periode_ke) DO UPDATE SET rating_hasil_kerja = EXCLUDED.rating_hasil_kerja,
                          rating_perilaku = EXCLUDED.rating_perilaku, predikat = EXCLUDED.predikat,
                          catatan = EXCLUDED.catatan, dinilai_oleh = EXCLUDED.dinilai_oleh,
                          dinilai_pada = EXCLUDED.dinilai_pada, versi = kinerja.evaluasi.versi + 1
                        RETURNING id""")
                .params(
                        skpId,
                        periodeKe,
                        h.name(),
                        p.name(),
                        predikat.name(),
                        kosongJadiNull(catatan),
                        c.username(),
                        OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("periodeKe", periodeKe);
        sesudah.put("hasilKerja", h.name());
        sesudah.put("perilakuKerja", p.name());
        sesudah.put("predikat", predikat.name());
        events.publishEvent(new DataDiubah(
                "SKP_EVALUASI",
                String.valueOf(id),
                sebelum == null ? "BUAT" : "UBAH",
                l.kepala().opdId(),
                "Evaluasi " + k.periodeEvaluasi().nama(periodeKe) + " " + k.nip() + " " + k.tahun() + ": "
                        + predikat.label(),
                sebelum,
                sesudah));
        return predikat;
    }

    /** The penilai's own atasan reviews the rating: agrees or objects, with a note. */
    public long tinjau(long skpId, @Nullable String keputusan, @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        LayananSkp.Langkah l = skp.muat(c, skpId, null, Aksi.TINJAU);
        List<Galat> galat = new ArrayList<>();
        if (!"SETUJU".equals(keputusan) && !"KEBERATAN".equals(keputusan)) {
            galat.add(new Galat("keputusan", "evaluasi.tinjauan.keputusan.wajib"));
        }
        if (kosong(catatan) || catatan.strip().length() > 2000) {
            galat.add(new Galat("catatan", "evaluasi.tinjauan.catatan.wajib"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        long id = jdbc.sql("""
                        INSERT INTO kinerja.tinjauan (skp_id, peninjau_nip, keputusan, catatan, dibuat_oleh, dibuat_pada)
                        VALUES (?,?,?,?,?,?) RETURNING id""")
                .params(skpId, c.nip(), keputusan, catatan.strip(), c.username(), OffsetDateTime.now(clock))
                .query(Long.class)
                .single();
        audit(
                "SKP_TINJAUAN",
                id,
                l,
                "Tinjauan atasan penilai: " + keputusan,
                Map.of("keputusan", keputusan, "catatan", catatan.strip()));
        return id;
    }

    /**
     * Moves a follow-up forward (TERBUKA → BERJALAN → SELESAI, never back) with notes: {@code rencana} (the plan) and
     * {@code hasil} (required to finish). Only its atasan or BKD; others who can see it get 403, the rest 404.
     */
    public void ubahTindakLanjut(
            long id,
            @Nullable Integer versi,
            @Nullable String status,
            @Nullable String rencana,
            @Nullable String hasil) {
        Cakupan c = cakupan.saatIni();
        TindakLanjutSkp.Tercatat tl = tindakLanjut.muatUntukDiubah(id);
        if (!TindakLanjutSkp.berhak(c, tl.atasanNip())) {
            // visible to whoever may read the SKP; the rest do not learn it exists
            query.kepala(c, tl.skpId());
            throw new AccessDeniedException("Hanya atasan atau BKD yang menindaklanjuti");
        }
        TindakLanjut.Status lama = tl.status();
        TindakLanjut.Status baru = enumAtauNull(TindakLanjut.Status.class, status);
        List<Galat> galat = new ArrayList<>();
        if (baru == null) {
            galat.add(new Galat("status", "evaluasi.tindak-lanjut.status.tidak-sah"));
        }
        String rencanaBaru = kosong(rencana) ? tl.rencana() : rencana.strip();
        String hasilBaru = kosong(hasil) ? tl.hasil() : hasil.strip();
        if (rencanaBaru != null && rencanaBaru.length() > 2000) {
            galat.add(new Galat("rencana", "evaluasi.catatan.terlalu-panjang"));
        }
        if (hasilBaru != null && hasilBaru.length() > 2000) {
            galat.add(new Galat("hasil", "evaluasi.catatan.terlalu-panjang"));
        }
        if (baru == TindakLanjut.Status.BERJALAN && rencanaBaru == null) {
            galat.add(new Galat("rencana", "evaluasi.tindak-lanjut.rencana.wajib"));
        }
        if (baru == TindakLanjut.Status.SELESAI && hasilBaru == null) {
            galat.add(new Galat("hasil", "evaluasi.tindak-lanjut.hasil.wajib"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        if (!TindakLanjut.bolehPindah(lama, baru)) {
            throw new KonflikException(
                    "evaluasi.tindak-lanjut.mundur",
                    "Status tindak lanjut hanya maju: " + lama + " → " + baru + " tidak boleh");
        }
        if (!TindakLanjut.bolehBertindak(baru, tl.penyebab() != null)) {
            throw new KonflikException(
                    "evaluasi.tindak-lanjut.penyebab.belum",
                    "Penyebab predikat dicatat atasan lebih dulu, baru ditindaklanjuti");
        }
        tindakLanjut.simpan(tl, versi, baru, rencanaBaru, hasilBaru, c.username(), OffsetDateTime.now(clock));
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", baru.name());
        sesudah.put("rencana", rencanaBaru);
        sesudah.put("hasil", hasilBaru);
        Map<String, Object> sebelum = new LinkedHashMap<>();
        sebelum.put("status", lama.name());
        sebelum.put("rencana", tl.rencana());
        sebelum.put("hasil", tl.hasil());
        events.publishEvent(new DataDiubah(
                "TINDAK_LANJUT",
                String.valueOf(id),
                "UBAH",
                tl.opdId(),
                "Tindak lanjut " + tl.nip() + " (" + tl.tahun() + "): " + lama + " → " + baru,
                sebelum,
                sesudah));
    }

    /**
     * The atasan (or BKD) records the cause of the low predikat (5–2000 characters) — the first step of a follow-up:
     * evaluate the cause, then act. Allowed while the follow-up is TERBUKA; once under way the cause is fixed (409).
     */
    public void catatPenyebab(long id, @Nullable Integer versi, @Nullable String penyebab) {
        Cakupan c = cakupan.saatIni();
        TindakLanjutSkp.Tercatat tl = tindakLanjut.muatUntukDiubah(id);
        if (!TindakLanjutSkp.berhak(c, tl.atasanNip())) {
            query.kepala(c, tl.skpId());
            throw new AccessDeniedException("Hanya atasan atau BKD yang mencatat penyebab");
        }
        if (kosong(penyebab)
                || penyebab.strip().length() < 5
                || penyebab.strip().length() > 2000) {
            throw new ValidasiException("penyebab", "evaluasi.tindak-lanjut.penyebab.wajib");
        }
        if (!TindakLanjut.bolehCatatPenyebab(tl.status())) {
            throw new KonflikException(
                    "evaluasi.tindak-lanjut.penyebab.tetap", "Penyebab tidak diubah setelah tindak lanjut berjalan");
        }
        String teks = penyebab.strip();
        tindakLanjut.simpanPenyebab(tl, versi, teks, c.username(), OffsetDateTime.now(clock));
        Map<String, Object> sebelum = new LinkedHashMap<>();
        sebelum.put("penyebab", tl.penyebab());
        events.publishEvent(new DataDiubah(
                "TINDAK_LANJUT",
                String.valueOf(id),
                "UBAH",
                tl.opdId(),
                "Penyebab predikat " + tl.nip() + " (" + tl.tahun() + ") dicatat",
                sebelum,
                Map.of("penyebab", teks)));
    }

    private static void periode(Skp k, @Nullable Integer periodeKe, List<Galat> galat) {
        if (!k.periodeSah(periodeKe)) {
            galat.add(new Galat(
                    "periodeKe",
                    "evaluasi.periode." + k.periodeEvaluasi().name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private void audit(String entitas, long id, LayananSkp.Langkah l, String ringkasan, Map<String, ?> sesudah) {
        Skp k = l.skp();
        events.publishEvent(new DataDiubah(
                entitas,
                String.valueOf(id),
                "BUAT",
                l.kepala().opdId(),
                ringkasan + " (SKP " + k.id() + ", " + k.nip() + ", " + k.tahun() + ")",
                null,
                sesudah));
    }

    private static <E extends Enum<E>> @Nullable E enumAtauNull(Class<E> jenis, @Nullable String nilai) {
        return LayananSkp.enumAtauNull(jenis, nilai);
    }

    private static boolean kosong(@Nullable String s) {
        return LayananSkp.kosong(s);
    }

    private static @Nullable String kosongJadiNull(@Nullable String s) {
        return kosong(s) ? null : s.strip();
    }
}
