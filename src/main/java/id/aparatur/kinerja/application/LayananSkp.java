package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.SkpDifinalkan;
import id.aparatur.kinerja.application.SkpQuery.Kepala;
import id.aparatur.kinerja.domain.AlurSkp;
import id.aparatur.kinerja.domain.AlurSkp.Aksi;
import id.aparatur.kinerja.domain.AspekIndikator;
import id.aparatur.kinerja.domain.AturanPeriodeEvaluasi;
import id.aparatur.kinerja.domain.CatatanPerilaku;
import id.aparatur.kinerja.domain.IndikatorRhk;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.LangkahSkpDitolakException;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.Rhk;
import id.aparatur.kinerja.domain.Skp;
import id.aparatur.kinerja.domain.SkpRepository;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP use cases: an employee creates their own SKP for a year (the penilai is their atasan langsung at that
 * moment), edits its RHK while it is a draft, the penilai agrees, returns, rates and finalises. Each one is load →
 * act → save: the SKP in the user's scope (404 otherwise) is loaded locked from {@link SkpRepository}, the aggregate
 * {@link Skp} takes the step (and refuses one its state or the user's capacity does not allow), the repository stores
 * it with one guarded update of its version, and the step is audited in the same transaction. Two decisions made on
 * the same SKP at once never both apply. A final SKP is locked (also by the database).
 */
@Service
@Transactional
public class LayananSkp {

    public record IndikatorMasuk(
            @Nullable String aspek,
            @Nullable String uraian,
            @Nullable String target) {}

    /** An RHK as sent: {@code id} of an existing RHK of this SKP to keep it (others intervening it stay linked). */
    public record RhkMasuk(
            @Nullable Long id,
            @Nullable String uraian,
            @Nullable String jenis,
            @Nullable Long rhkAtasanId,
            @Nullable List<IndikatorMasuk> indikator) {}

    /** A finalisation: the SKP finalised and the distribution rules the OPD breaks (policy PERINGATAN). */
    public record HasilFinalisasi(SkpQuery.Skp skp, List<LayananDistribusi.Pelanggaran> peringatan) {}

    /** A finalisation of all rated SKP of an OPD and year. */
    public record HasilFinalisasiOpd(
            long opdId, int tahun, List<Long> difinalkan, List<LayananDistribusi.Pelanggaran> peringatan) {}

    private final JdbcClient jdbc;
    private final SkpRepository repository;
    private final SkpQuery query;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LayananDistribusi distribusi;
    private final TindakLanjutSkp tindakLanjut;
    private final AturanPeriodeEvaluasi periode;
    private final id.aparatur.kinerja.AturanTindakLanjut aturanTindakLanjut;
    private final PenilaiNonPns kepalaDaerah;
    private final AturanKinerja aturan;

    LayananSkp(
            JdbcClient jdbc,
            SkpRepository repository,
            SkpQuery query,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            Clock clock,
            LayananDistribusi distribusi,
            TindakLanjutSkp tindakLanjut,
            PengaturanKinerja pengaturan,
            AturanKinerja aturan) {
        this.aturan = aturan;
        this.jdbc = jdbc;
        this.repository = repository;
        this.query = query;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
        this.distribusi = distribusi;
        this.tindakLanjut = tindakLanjut;
        this.periode = pengaturan.periodeEvaluasi();
        this.aturanTindakLanjut = pengaturan.tindakLanjut();
        this.kepalaDaerah = pengaturan.kepalaDaerah();
    }

    /** The predikat matrix in force for the SKP of {@code tahun} (the registry, at the year's reference date). */
    id.aparatur.kinerja.domain.TabelPredikat matriks(int tahun) {
        return aturan.matriks(tahun).aturan();
    }

    /** The evaluation periods a new SKP may have, in order, and the default (the SKP list page). */
    public AturanPeriodeEvaluasi aturanPeriode() {
        return periode;
    }

    /** Creates the signed-in employee's own SKP for {@code tahun}. */
    public SkpQuery.Skp buat(int tahun, @Nullable String periodeEvaluasi) {
        Cakupan c = cakupan.saatIni();
        if (c.nip() == null) {
            throw new AccessDeniedException("Hanya pegawai yang menyusun SKP sendiri");
        }
        List<Galat> galat = new ArrayList<>();
        if (tahun < 2000 || tahun > 2100) {
            galat.add(new Galat("tahun", "skp.tahun.tidak-sah"));
        }
        PeriodeEvaluasi dipilih =
                periodeEvaluasi == null ? periode.baku() : enumAtauNull(PeriodeEvaluasi.class, periodeEvaluasi);
        if (dipilih == null || !periode.boleh(dipilih)) {
            galat.add(new Galat("periodeEvaluasi", "skp.periode.tidak-sah"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        record Pemilik(@Nullable String atasan, Skp.Tempat tempat) {}
        Pemilik pemilik = jdbc.sql(
                        "SELECT atasan_nip, opd_id, unit_id, jabatan_id FROM pegawai.v_pegawai_aktif WHERE nip = ?")
                .param(c.nip())
                .query((rs, i) -> new Pemilik(
                        rs.getString(1),
                        new Skp.Tempat(
                                rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getObject(4, Long.class))))
                .optional()
                .orElseThrow(() -> new AccessDeniedException("Pegawai tidak aktif"));
        Skp skp = repository
                .tambah(Skp.susun(
                        c.nip(),
                        tahun,
                        Objects.requireNonNull(dipilih),
                        pemilik.atasan(),
                        // no PNS atasan (the Sekda): the kepala daerah rates, who is not a PNS
                        pemilik.atasan() == null ? kepalaDaerah : null,
                        pemilik.tempat(),
                        c.username(),
                        kini()))
                .orElseThrow(() -> new KonflikException("skp.sudah-ada", "SKP tahun " + tahun + " sudah ada"));
        long id = Objects.requireNonNull(skp.id());
        SkpQuery.Skp detail = query.detail(c, id);
        events.publishEvent(new DataDiubah(
                "SKP",
                String.valueOf(id),
                "BUAT",
                pemilik.tempat().opdId(),
                "SKP " + tahun + " " + c.nip() + " disusun",
                null,
                detail));
        return detail;
    }

    /** Replaces the RHK list (with indicators) of a draft SKP; {@code versi} must be the current one. */
    public SkpQuery.Skp ubahRhk(long id, int versi, List<RhkMasuk> daftar) {
        return ubahRhk(id, versi, skp -> daftar);
    }

    /**
     * Adds one RHK (without {@code id}) to a draft SKP, or replaces the RHK with that id, keeping the others as they
     * are (the RHK form of the SKP page).
     */
    public SkpQuery.Skp simpanRhk(long id, int versi, RhkMasuk rhk) {
        return ubahRhk(id, versi, skp -> {
            List<RhkMasuk> daftar =
                    new ArrayList<>(skp.rhk().stream().map(LayananSkp::masuk).toList());
            int i = rhk.id() == null
                    ? -1
                    : daftar.stream().map(RhkMasuk::id).toList().indexOf(rhk.id());
            if (i < 0) {
                daftar.add(rhk);
            } else {
                daftar.set(i, rhk);
            }
            return daftar;
        });
    }

    /** Removes one RHK of a draft SKP (one that an RHK of a subordinate intervenes cannot be removed). */
    public SkpQuery.Skp hapusRhk(long id, int versi, long rhkId) {
        return ubahRhk(
                id,
                versi,
                skp -> skp.rhk().stream()
                        .filter(r -> !Objects.equals(r.id(), rhkId))
                        .map(LayananSkp::masuk)
                        .toList());
    }

    private static RhkMasuk masuk(Rhk r) {
        return new RhkMasuk(
                r.id(),
                r.uraian(),
                r.jenis().name(),
                r.rhkAtasanId(),
                r.indikator().stream()
                        .map(i -> new IndikatorMasuk(i.aspek().name(), i.uraian(), i.target()))
                        .toList());
    }

    private SkpQuery.Skp ubahRhk(long id, int versi, java.util.function.Function<Skp, List<RhkMasuk>> isi) {
        Cakupan c = cakupan.saatIni();
        Langkah l = muat(c, id, versi, Aksi.UBAH);
        Skp skp = l.skp();
        List<RhkMasuk> daftar = isi.apply(skp);
        List<String> rantai = query.rantaiAtasan(skp.nip());
        Set<Long> target = new LinkedHashSet<>();
        daftar.forEach(r -> {
            if (r.rhkAtasanId() != null) {
                target.add(r.rhkAtasanId());
            }
        });
        Map<Long, KaskadeRhk.RhkAtasan> pemilik = repository.pemilikRhk(target);
        List<Galat> galat = new ArrayList<>();
        List<Rhk> rhk = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            RhkMasuk r = daftar.get(i);
            String f = "rhk[" + i + "].";
            int awal = galat.size();
            if (r.id() != null && !skp.punyaRhk(r.id())) {
                galat.add(new Galat(f + "id", "skp.rhk.bukan-milik"));
            }
            if (kosong(r.uraian()) || r.uraian().length() > 1000) {
                galat.add(new Galat(f + "uraian", "skp.rhk.uraian.wajib"));
            }
            JenisRhk jenis = enumAtauNull(JenisRhk.class, r.jenis());
            if (jenis == null) {
                galat.add(new Galat(f + "jenis", "skp.rhk.jenis.wajib"));
            }
            if (r.rhkAtasanId() != null) {
                KaskadeRhk.RhkAtasan t = pemilik.get(r.rhkAtasanId());
                if (t == null || !KaskadeRhk.boleh(skp.tahun(), rantai, t)) {
                    galat.add(new Galat(f + "rhkAtasanId", "skp.rhk.kaskade.di-luar-rantai"));
                }
            }
            List<IndikatorMasuk> ind = r.indikator() == null ? List.of() : r.indikator();
            if (ind.isEmpty()) {
                galat.add(new Galat(f + "indikator", "skp.rhk.indikator.wajib"));
            }
            List<IndikatorRhk> indikator = new ArrayList<>();
            for (int j = 0; j < ind.size(); j++) {
                IndikatorMasuk x = ind.get(j);
                String g = f + "indikator[" + j + "].";
                AspekIndikator aspek = x == null ? null : enumAtauNull(AspekIndikator.class, x.aspek());
                if (aspek == null) {
                    galat.add(new Galat(g + "aspek", "skp.indikator.aspek.wajib"));
                }
                if (x == null || kosong(x.uraian()) || x.uraian().length() > 1000) {
                    galat.add(new Galat(g + "uraian", "skp.indikator.uraian.wajib"));
                }
                if (x == null || kosong(x.target()) || x.target().length() > 200) {
                    galat.add(new Galat(g + "target", "skp.indikator.target.wajib"));
                }
                if (galat.size() == awal) {
                    indikator.add(new IndikatorRhk(null, aspek, x.uraian(), x.target()));
                }
            }
            if (galat.size() == awal) {
                rhk.add(new Rhk(r.id(), r.uraian(), jenis, r.rhkAtasanId(), indikator));
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        Set<Long> dihapus = skp.rhkDihapus(rhk);
        for (Long lama : repository.diintervensi(dihapus)) {
            throw new KonflikException(
                    "skp.rhk.diintervensi", "RHK " + lama + " diintervensi RHK bawahan dan tidak dapat dihapus");
        }
        return tampilan(
                l, simpan(c, l, langkah(() -> skp.ubahRhk(rhk, l.pihak(), c.username(), kini())), "RHK SKP diubah"));
    }

    /**
     * BKD records a non-PNS penilai — the kepala daerah, by name and jabatan, without NIP — on a draft SKP (e.g. of the
     * head of an OPD whom the Bupati rates), replacing the PNS atasan recorded when it was made. The PPK account then
     * takes the penilai's steps, and BKD may record them on the kepala daerah's behalf.
     */
    public SkpQuery.Skp tetapkanPenilaiNonPns(
            long id, @Nullable Integer versi, @Nullable String nama, @Nullable String jabatan) {
        Cakupan c = cakupan.saatIni();
        Langkah l = muat(c, id, versi, Aksi.TETAPKAN_PENILAI);
        List<Galat> galat = new ArrayList<>();
        if (kosong(nama) || nama.strip().length() > 200) {
            galat.add(new Galat("nama", "skp.penilai.nama.wajib"));
        }
        if (kosong(jabatan) || jabatan.strip().length() > 200) {
            galat.add(new Galat("jabatan", "skp.penilai.jabatan.wajib"));
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        PenilaiNonPns penilai = new PenilaiNonPns(Objects.requireNonNull(nama), Objects.requireNonNull(jabatan));
        return tampilan(
                l,
                simpan(
                        c,
                        l,
                        langkah(() -> l.skp().tetapkanPenilaiNonPns(penilai, l.pihak(), c.username(), kini())),
                        "Penilai non-PNS dicatat BKD: " + penilai.nama() + " (" + penilai.jabatan() + ")"));
    }

    /**
     * The penilai agrees to a draft.
     *
     * @param versi the version the penilai saw (null: whatever it is now); every step below takes it, so that two
     *     decisions made on the same page at once cannot both apply
     */
    public SkpQuery.Skp setujui(long id, @Nullable Integer versi) {
        Cakupan c = cakupan.saatIni();
        Langkah l = muat(c, id, versi, Aksi.SETUJUI);
        return tampilan(
                l,
                simpan(c, l, langkah(() -> l.skp().setujui(l.pihak(), c.username(), kini())), "SKP disetujui penilai"));
    }

    /**
     * The penilai returns a draft or an agreed (not yet rated) SKP to the owner for revision: it becomes a DRAF again
     * and the note (5–2000 characters) is kept as feedback on the SKP.
     */
    public SkpQuery.Skp kembalikan(long id, @Nullable Integer versi, @Nullable String catatan) {
        Cakupan c = cakupan.saatIni();
        if (kosong(catatan) || catatan.strip().length() < 5 || catatan.strip().length() > 2000) {
            throw new ValidasiException("catatan", "skpui.kembalikan.catatan.wajib");
        }
        Langkah l = muat(c, id, versi, Aksi.KEMBALIKAN);
        Skp baru = simpan(
                c,
                l,
                langkah(() -> l.skp().kembalikan(l.pihak(), c.username(), kini())),
                "SKP dikembalikan penilai untuk diperbaiki: " + catatan.strip());
        jdbc.sql("INSERT INTO kinerja.umpan_balik (skp_id, isi, oleh, oleh_nip, dibuat_pada) VALUES (?,?,?,?,?)")
                .params(id, catatan.strip(), c.username(), c.nip(), kini())
                .update();
        return tampilan(l, baru);
    }

    /**
     * The penilai's ratings; {@code catatan} holds feedback for each of the seven BerAKHLAK values.
     *
     * @param ekspektasi the rating of each BerAKHLAK value against the expectation, all seven required (the SKP page);
     *     null: not rated per value (the API), earlier per-value ratings are kept
     */
    public PredikatKinerja nilai(
            long id,
            @Nullable Integer versi,
            @Nullable String hasil,
            @Nullable String perilaku,
            Map<String, String> masuk,
            @Nullable Map<String, String> ekspektasi) {
        Cakupan c = cakupan.saatIni();
        Langkah l = muat(c, id, versi, Aksi.NILAI);
        Ekspektasi hasilKerja = enumAtauNull(Ekspektasi.class, hasil);
        Ekspektasi perilakuKerja = enumAtauNull(Ekspektasi.class, perilaku);
        List<Galat> galat = new ArrayList<>();
        Map<NilaiBerakhlak, String> teks = new EnumMap<>(NilaiBerakhlak.class);
        masuk.forEach((n, t) -> {
            NilaiBerakhlak nb = enumAtauNull(NilaiBerakhlak.class, n);
            if (nb == null) {
                galat.add(new Galat("perilaku." + n, "skp.nilai.berakhlak.tidak-dikenal"));
            } else {
                teks.put(nb, t);
            }
        });
        if (hasilKerja == null) {
            galat.add(new Galat("hasilKerja", "skp.nilai.hasil-kerja.wajib"));
        }
        if (perilakuKerja == null) {
            galat.add(new Galat("perilakuKerja", "skp.nilai.perilaku.wajib"));
        }
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            String t = teks.get(n);
            if (kosong(t) || t.length() > 2000) {
                galat.add(new Galat("perilaku." + n.name(), "skp.nilai.catatan.wajib"));
            }
        }
        Map<NilaiBerakhlak, Ekspektasi> perNilai = new EnumMap<>(NilaiBerakhlak.class);
        if (ekspektasi != null) {
            for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
                Ekspektasi e = enumAtauNull(Ekspektasi.class, ekspektasi.get(n.name()));
                if (e == null) {
                    galat.add(new Galat("ekspektasi." + n.name(), "skpui.nilai.ekspektasi.wajib"));
                } else {
                    perNilai.put(n, e);
                }
            }
        }
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        Map<NilaiBerakhlak, CatatanPerilaku> catatan = new EnumMap<>(NilaiBerakhlak.class);
        teks.forEach((n, t) -> catatan.put(n, new CatatanPerilaku(n, t, perNilai.get(n))));
        Skp baru = simpan(
                c,
                l,
                langkah(() -> l.skp()
                        .nilai(
                                hasilKerja,
                                perilakuKerja,
                                catatan,
                                l.pihak(),
                                c.username(),
                                kini(),
                                aturan.matriks(l.skp().tahun()).aturan())),
                null);
        return Objects.requireNonNull(baru.penilaian().predikat());
    }

    /**
     * Finalises a rated SKP: the organisational predikat of the SKP's OPD and year must be set; the OPD's distribution
     * is checked (policy PERINGATAN: finalise and return the violations; BLOKIR: refuse with 409). Locks, audits,
     * publishes {@link SkpDifinalkan} and opens the follow-up of a Butuh Perbaikan / Kurang / Sangat Kurang.
     */
    public HasilFinalisasi finalkan(long id, @Nullable Integer versi) {
        Cakupan c = cakupan.saatIni();
        Langkah l = muat(c, id, versi, Aksi.FINALKAN);
        List<LayananDistribusi.Pelanggaran> peringatan = periksaDistribusi(
                l.skp().tempat().opdId(), l.skp().tempat().unitId(), l.skp().tahun());
        Skp baru = finalkanSatu(c, l);
        return new HasilFinalisasi(
                tampilan(l, baru).denganAturan(query.aturanDipakai(Objects.requireNonNull(baru.id()))), peringatan);
    }

    /** Who finalises all rated SKP of an OPD at once: BKD. */
    static boolean bolehMemfinalkanOpd(Cakupan c) {
        return c.pengelola();
    }

    /** BKD finalises every rated SKP of an OPD and year at once (same checks as {@link #finalkan}). */
    public HasilFinalisasiOpd finalkanOpd(long opdId, int tahun) {
        Cakupan c = cakupan.saatIni();
        if (!bolehMemfinalkanOpd(c)) {
            throw new AccessDeniedException("Hanya BKD yang memfinalkan SKP satu OPD sekaligus");
        }
        distribusi.kunci(opdId, tahun);
        if (distribusi.predikatOrganisasi(opdId, tahun).isEmpty()) {
            throw new KonflikException(
                    "evaluasi.predikat-organisasi.belum",
                    "Predikat organisasi OPD untuk tahun " + tahun + " belum ditetapkan BKD/PPK");
        }
        List<LayananDistribusi.Pelanggaran> peringatan = distribusi.periksaSemua(opdId, tahun).stream()
                .flatMap(d -> d.pelanggaran().stream())
                .toList();
        if (!peringatan.isEmpty() && distribusi.kebijakan() == KebijakanDistribusi.BLOKIR) {
            throw new DistribusiDilanggarException(peringatan);
        }
        List<Long> ids = repository.dinilai(opdId, tahun);
        for (long id : ids) {
            finalkanSatu(c, muat(c, id, null, Aksi.FINALKAN));
        }
        return new HasilFinalisasiOpd(opdId, tahun, ids, peringatan);
    }

    /** The distribution of the SKP's group (its unit with its own predikat, else the OPD's) must hold its rules. */
    private List<LayananDistribusi.Pelanggaran> periksaDistribusi(@Nullable Long opd, @Nullable Long unit, int tahun) {
        if (opd == null || distribusi.predikatBerlaku(opd, unit, tahun).isEmpty()) {
            throw new KonflikException(
                    "evaluasi.predikat-organisasi.belum",
                    "Predikat organisasi OPD untuk tahun " + tahun + " belum ditetapkan BKD/PPK");
        }
        var pelanggaran = distribusi.periksaUnit(opd, unit, tahun).pelanggaran();
        if (!pelanggaran.isEmpty() && distribusi.kebijakan() == KebijakanDistribusi.BLOKIR) {
            throw new DistribusiDilanggarException(pelanggaran);
        }
        return pelanggaran;
    }

    private Skp finalkanSatu(Cakupan c, Langkah l) {
        var penilaian = l.skp().penilaian();
        if (penilaian.hasilKerja() != null
                && penilaian.perilakuKerja() != null
                && aturan.matriks(l.skp().tahun()).aturan().predikat(penilaian.hasilKerja(), penilaian.perilakuKerja())
                        != penilaian.predikat()) {
            // a new matrix version for this year was approved after the rating: the predikat must be rated again
            throw new KonflikException(
                    "skpaturan.matriks-berubah", "Matriks predikat yang berlaku berubah sejak SKP dinilai");
        }
        Skp baru = simpan(c, l, langkah(() -> l.skp().finalkan(l.pihak(), c.username(), kini())), "SKP difinalkan");
        events.publishEvent(baru.difinalkan());
        var matriks = aturan.matriks(baru.tahun());
        var tl = aturan.tindakLanjut(baru.tahun(), aturanTindakLanjut);
        for (var v : List.of(
                matriks.versi(),
                tl.versi(),
                aturan.tpp(baru.tahun()).versi(),
                aturan.angkaKredit(baru.tahun()).versi())) {
            jdbc.sql("INSERT INTO kinerja.skp_aturan (skp_id, kode, nomor, berlaku_mulai) VALUES (?, ?, ?, ?)")
                    .params(baru.id(), v.kode(), v.nomor(), v.berlakuMulai())
                    .update();
        }
        baru.tindakLanjut(tl.aturan())
                .ifPresent(t -> tindakLanjut.buka(baru, t, l.kepala().opdId(), c.username(), kini()));
        return baru;
    }

    private static SkpQuery.Skp tampilan(Langkah l, Skp skp) {
        return SkpQuery.tampilan(skp, l.kepala().nama());
    }

    /** An SKP loaded for a step: how the user relates to it (scope, capacities) and the aggregate, locked. */
    record Langkah(Kepala kepala, Skp skp) {

        Set<AlurSkp.Pihak> pihak() {
            return kepala.pihak();
        }
    }

    /**
     * Loads the SKP in scope (404 otherwise) locked for the step {@code aksi}, after the OPD/year distribution lock
     * when the step changes or checks the distribution (see {@link LayananDistribusi#kunci}; the same order
     * everywhere), and checks that the step applies and is the user's (409, 403).
     *
     * @param versi the version the user saw (null: any)
     */
    Langkah muat(Cakupan c, long id, @Nullable Integer versi, Aksi aksi) {
        Kepala k = query.kepala(c, id);
        if ((aksi == Aksi.NILAI || aksi == Aksi.FINALKAN) && k.skpOpdId() != null) {
            distribusi.kunci(k.skpOpdId(), k.tahun());
        }
        Skp skp = repository.muatUntukDiubah(id, versi);
        langkah(() -> {
            skp.periksa(aksi, k.pihak());
            return skp;
        });
        return new Langkah(k, skp);
    }

    /** Runs a transition of the aggregate; a step that is not the user's answers 403. */
    static Skp langkah(Supplier<Skp> transisi) {
        try {
            return transisi.get();
        } catch (LangkahSkpDitolakException e) {
            throw new AccessDeniedException(e.getMessage());
        }
    }

    /**
     * Stores the step and audits it with the SKP before and after.
     *
     * @param ringkasan the audit summary; null: "SKP dinilai: " and the predikat
     */
    private Skp simpan(Cakupan c, Langkah l, Skp baru, @Nullable String ringkasan) {
        Skp tersimpan = repository.simpan(baru);
        String nama = l.kepala().nama();
        String teks = ringkasan != null
                ? ringkasan
                : "SKP dinilai: "
                        + Objects.requireNonNull(tersimpan.penilaian().predikat())
                                .label();
        events.publishEvent(new DataDiubah(
                "SKP",
                String.valueOf(tersimpan.id()),
                "UBAH",
                l.kepala().opdId(),
                teks + " (" + tersimpan.nip() + ", " + tersimpan.tahun() + ")",
                SkpQuery.tampilan(l.skp(), nama),
                SkpQuery.tampilan(tersimpan, nama)));
        return tersimpan;
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(clock);
    }

    /** The constant named {@code nilai} (exact spelling), or null when blank or unknown. */
    static <E extends Enum<E>> @Nullable E enumAtauNull(Class<E> jenis, @Nullable String nilai) {
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

    static boolean kosong(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
