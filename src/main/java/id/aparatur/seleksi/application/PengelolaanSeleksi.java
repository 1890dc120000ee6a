package id.aparatur.seleksi.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.seleksi.application.SeleksiQuery.SeleksiRinci;
import id.aparatur.seleksi.domain.AnggotaPansel;
import id.aparatur.seleksi.domain.AturanBobot;
import id.aparatur.seleksi.domain.JadwalTahap;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.PenilaianSeleksi;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.PesertaSeleksi;
import id.aparatur.seleksi.domain.SeleksiRepository;
import id.aparatur.seleksi.domain.SeleksiTerbuka;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.shared.DataTidakDitemukanException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the seleksi terbuka JPT. BKD (ADMIN_BKD) manages everything up to the submission of the pansel's three
 * names; only the PPK chooses. Each is load (locked) → act on the {@link SeleksiTerbuka} aggregate → save (one guarded
 * update and the parts it changed) → audit ({@code SELEKSI_TERBUKA}), in one transaction, so that of two concurrent
 * steps the second sees the first one's result. Each answers the selection as it is afterwards.
 */
@Service
@Transactional
public class PengelolaanSeleksi {

    static final String ENTITAS = "SELEKSI_TERBUKA";

    private final SeleksiRepository repo;
    private final SeleksiQuery query;
    private final PegawaiPelamarQuery pelamar;
    private final StrukturOrganisasi organisasi;
    private final AturanBobot aturanBobot;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanSeleksi(
            SeleksiRepository repo,
            SeleksiQuery query,
            PegawaiPelamarQuery pelamar,
            StrukturOrganisasi organisasi,
            AturanBobot aturanBobot,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.query = query;
        this.pelamar = pelamar;
        this.organisasi = organisasi;
        this.aturanBobot = aturanBobot;
        this.cakupan = cakupan;
        this.events = events;
        this.clock = clock;
    }

    /** The weight rules (ranges and defaults) in force. */
    public AturanBobot aturanBobot() {
        return aturanBobot;
    }

    /** A new selection (DRAF) for a JPT position. The weights default to the configured ones when all four are missing. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci buat(
            @Nullable Long jabatanId,
            @Nullable String nama,
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak) {
        SeleksiTerbuka s = SeleksiTerbuka.buat(
                jabatanId,
                jabatanId == null ? null : organisasi.jabatan(jabatanId).orElse(null),
                nama,
                makalah,
                kompetensi,
                wawancara,
                rekamJejak,
                aturanBobot,
                jabatanId == null ? null : repo.berjalanUntuk(jabatanId).orElse(null),
                oleh(),
                kini());
        long id = repo.tambah(s);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("jabatanId", s.jabatanId());
        sesudah.put("status", StatusSeleksi.DRAF.name());
        sesudah.put("bobot", s.bobot().sebagaiPeta());
        audit(id, s.opdId(), "BUAT", "Seleksi terbuka dibuat: " + s.nama(), null, sesudah);
        return query.rinci(id);
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci ubahBobot(
            long id,
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak) {
        return ubah(
                id,
                s -> s.ubahBobot(makalah, kompetensi, wawancara, rekamJejak, aturanBobot),
                (lama, baru, ids) -> audit(
                        lama,
                        "UBAH",
                        "Bobot seleksi terbuka diubah: " + lama.nama(),
                        Map.of("bobot", lama.bobot().sebagaiPeta()),
                        Map.of("bobot", baru.bobot().sebagaiPeta())));
    }

    /** Sets the planned dates of the stages given (the others keep theirs). Stages must not start before earlier ones. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci ubahJadwal(long id, Map<TahapSeleksi, JadwalTahap> jadwal) {
        return ubah(
                id,
                s -> s.ubahJadwal(jadwal),
                (lama, baru, ids) -> audit(
                        lama,
                        "UBAH",
                        "Jadwal seleksi terbuka diubah: " + lama.nama(),
                        teksJadwal(lama.jadwal()),
                        teksJadwal(baru.jadwal())));
    }

    /** Adds a pansel member. One active ketua and at most one active sekretaris. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci tambahPansel(
            long id, @Nullable String nama, @Nullable PeranPansel peran, @Nullable String unsur) {
        return ubah(id, s -> s.tambahPansel(nama, peran, unsur, oleh(), kini()), (lama, baru, ids) -> {
            AnggotaPansel a = baru.pansel().get(baru.pansel().size() - 1);
            audit(
                    lama,
                    "UBAH",
                    "Anggota pansel ditambahkan: " + a.nama() + " (" + a.peran() + ")",
                    null,
                    Map.of("pansel", a.nama(), "peran", a.peran().name()));
        });
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci nonaktifkanPansel(long id, long anggotaId) {
        return ubah(id, s -> s.nonaktifkanPansel(anggotaId, oleh(), kini()), (lama, baru, ids) -> {
            String nama = lama.anggota(anggotaId).map(AnggotaPansel::nama).orElse("");
            audit(
                    lama,
                    "NONAKTIFKAN",
                    "Anggota pansel dinonaktifkan: " + nama,
                    Map.of("pansel", nama, "aktif", true),
                    Map.of("pansel", nama, "aktif", false));
        });
    }

    /**
     * Closes the current stage and opens the next (see {@link SeleksiTerbuka#lanjutkan}).
     *
     * @param dari the stage the user closes (null: whichever is running); two clicks on the same page close it once
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci lanjutkan(long id, @Nullable StatusSeleksi dari) {
        return ubah(
                id,
                s -> s.lanjutkan(dari, oleh(), kini()),
                (lama, baru, ids) -> audit(
                        lama,
                        "UBAH",
                        "Seleksi terbuka " + lama.nama() + ": tahap "
                                + baru.status().tahap() + " dimulai",
                        Map.of("status", lama.status().name()),
                        Map.of("status", baru.status().name())));
    }

    /**
     * Registers an applicant: internal by NIP (an active pegawai of the Pemda; name and instansi come from the
     * register) or external by name and instansi asal.
     *
     * @return the applicant's id
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public long daftarkanPeserta(long id, @Nullable String nip, @Nullable String nama, @Nullable String instansiAsal) {
        SeleksiTerbuka lama = muat(id);
        SeleksiTerbuka baru = lama.daftarkanPeserta(nip, nama, instansiAsal, pelamar::cari, oleh(), kini());
        long pesertaId = repo.simpan(baru).get(0);
        PesertaSeleksi p = baru.pesertaSemua().get(baru.pesertaSemua().size() - 1);
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("pesertaId", pesertaId);
        sesudah.put("nip", p.nip());
        sesudah.put("nama", p.nama());
        sesudah.put("instansiAsal", p.instansiAsal());
        audit(lama, "UBAH", "Peserta seleksi terbuka didaftarkan: " + p.nama(), null, sesudah);
        return pesertaId;
    }

    /** Administrasi result; a failed applicant needs a reason. Recorded only during ADMINISTRASI (may be corrected). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci catatAdministrasi(long id, long pesertaId, @Nullable Boolean lulus, @Nullable String alasan) {
        return ubah(id, s -> s.catatAdministrasi(pesertaId, lulus, alasan, oleh(), kini()), (lama, baru, ids) -> {
            PesertaSeleksi p = baru.peserta(pesertaId);
            Map<String, Object> sebelum = new LinkedHashMap<>();
            sebelum.put("lulus", lama.peserta(pesertaId).administrasiLulus());
            Map<String, Object> sesudah = new LinkedHashMap<>();
            sesudah.put("lulus", p.administrasiLulus());
            sesudah.put("alasan", p.administrasiAlasan());
            audit(
                    lama,
                    "UBAH",
                    "Hasil administrasi " + p.nama() + ": "
                            + (Boolean.TRUE.equals(p.administrasiLulus()) ? "lulus" : "tidak lulus"),
                    sebelum,
                    sesudah);
        });
    }

    /**
     * Records scores (0–100, two decimals) of an applicant who passed administrasi, for components whose stage has
     * begun; corrections are possible until the three names are submitted, each audited with its old value.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci catatNilai(long id, long pesertaId, Map<KomponenNilai, BigDecimal> nilai) {
        return ubah(id, s -> s.catatNilai(pesertaId, nilai, oleh(), kini()), (lama, baru, ids) -> {
            PesertaSeleksi p = lama.peserta(pesertaId);
            Map<String, Object> sebelum = new LinkedHashMap<>();
            Map<String, Object> sesudah = new LinkedHashMap<>();
            nilai.forEach((k, v) -> {
                if (p.nilai().containsKey(k)) {
                    sebelum.put(k.name(), p.nilai().get(k));
                }
                sesudah.put(k.name(), v);
            });
            audit(lama, "UBAH", "Nilai " + p.nama() + " dicatat", sebelum.isEmpty() ? null : sebelum, sesudah);
        });
    }

    /** An applicant withdraws (or is withdrawn) with a reason; the row and its scores stay. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci mundurkan(long id, long pesertaId, @Nullable String alasan) {
        return ubah(id, s -> s.mundurkan(pesertaId, alasan, kini()), (lama, baru, ids) -> {
            PesertaSeleksi p = baru.peserta(pesertaId);
            audit(
                    lama,
                    "UBAH",
                    "Peserta mengundurkan diri: " + p.nama(),
                    null,
                    Map.of("pesertaId", pesertaId, "alasan", Objects.requireNonNull(p.mundurAlasan())));
        });
    }

    /**
     * The pansel submits the three best names of the ranking to the PPK (see {@link SeleksiTerbuka#ajukan}).
     *
     * @return the names submitted, in rank order
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public List<Peringkat> ajukan(long id, @Nullable String catatan) {
        SeleksiTerbuka lama = muat(id);
        SeleksiTerbuka baru = lama.ajukan(catatan, oleh(), kini());
        repo.simpan(baru);
        List<Peringkat> tiga = Objects.requireNonNull(baru.tigaNama());
        Map<String, Object> sesudah = new LinkedHashMap<>();
        sesudah.put("status", baru.status().name());
        sesudah.put("calon", ringkas(tiga));
        sesudah.put("kurangDariTiga", tiga.size() < PenilaianSeleksi.TIGA);
        sesudah.put("catatan", catatan == null || catatan.isBlank() ? null : catatan.strip());
        audit(
                lama,
                "AJUKAN",
                "Pansel mengajukan " + tiga.size() + " nama kepada PPK: " + lama.nama(),
                Map.of("status", lama.status().name()),
                sesudah);
        return tiga;
    }

    /**
     * The PPK chooses one of the submitted names. A choice other than the first-ranked needs a written justification
     * ({@link id.aparatur.seleksi.domain.AturanPilihanPpk}). The decision, its rank, the justification and the ranking
     * snapshot are stored permanently and audited.
     */
    @PreAuthorize("hasRole('PPK')")
    public SeleksiRinci tetapkan(long id, @Nullable Long pesertaId, @Nullable String alasan) {
        return ubah(id, s -> s.tetapkan(pesertaId, alasan, oleh(), kini()), (lama, baru, ids) -> {
            Peringkat pilihan = baru.pilihan().orElseThrow();
            Map<String, Object> sesudah = new LinkedHashMap<>();
            sesudah.put("status", baru.status().name());
            sesudah.put("pesertaId", pilihan.pesertaId());
            sesudah.put("nama", pilihan.nama());
            sesudah.put("peringkat", pilihan.urutan());
            sesudah.put("nilaiAkhir", pilihan.nilaiAkhir());
            sesudah.put("alasan", alasan == null || alasan.isBlank() ? null : alasan.strip());
            sesudah.put("calon", ringkas(Objects.requireNonNull(lama.tigaNama())));
            audit(
                    lama,
                    "TETAPKAN",
                    "PPK memilih " + pilihan.nama() + " (peringkat " + pilihan.urutan() + ") pada " + lama.nama(),
                    Map.of("status", lama.status().name()),
                    sesudah);
        });
    }

    /** Cancels a selection that has not been decided, with a reason. Final. */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public SeleksiRinci batalkan(long id, @Nullable String alasan) {
        return ubah(
                id,
                s -> s.batalkan(alasan, oleh(), kini()),
                (lama, baru, ids) -> audit(
                        lama,
                        "BATALKAN",
                        "Seleksi terbuka dibatalkan: " + lama.nama(),
                        Map.of("status", lama.status().name()),
                        Map.of(
                                "status",
                                StatusSeleksi.DIBATALKAN.name(),
                                "alasan",
                                Objects.requireNonNull(alasan).strip())));
    }

    /** What is audited after a change was stored. */
    @FunctionalInterface
    private interface Jejak {
        void tulis(SeleksiTerbuka lama, SeleksiTerbuka baru, List<Long> idBaru);
    }

    /** Load (locked) → the step → save → audit → the selection as it is now. */
    private SeleksiRinci ubah(long id, Function<SeleksiTerbuka, SeleksiTerbuka> langkah, Jejak jejak) {
        SeleksiTerbuka lama = muat(id);
        SeleksiTerbuka baru = langkah.apply(lama);
        jejak.tulis(lama, baru, repo.simpan(baru));
        return query.rinci(id);
    }

    private SeleksiTerbuka muat(long id) {
        return repo.muatUntukDiubah(id).orElseThrow(() -> new DataTidakDitemukanException("Seleksi terbuka", id));
    }

    private static Map<String, String> teksJadwal(Map<TahapSeleksi, JadwalTahap> j) {
        Map<String, String> m = new LinkedHashMap<>();
        j.forEach((t, v) -> m.put(t.name(), v.mulai() + " – " + v.selesai()));
        return m;
    }

    private static List<String> ringkas(List<Peringkat> calon) {
        return calon.stream()
                .map(p -> p.urutan() + ". " + p.nama() + " (" + p.nilaiAkhir() + ")")
                .toList();
    }

    private String oleh() {
        return cakupan.saatIni().username();
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(clock);
    }

    private void audit(
            SeleksiTerbuka s, String aksi, String ringkasan, @Nullable Object sebelum, @Nullable Object sesudah) {
        audit(Objects.requireNonNull(s.id()), s.opdId(), aksi, ringkasan, sebelum, sesudah);
    }

    private void audit(
            long id,
            @Nullable Long opd,
            String aksi,
            String ringkasan,
            @Nullable Object sebelum,
            @Nullable Object sesudah) {
        events.publishEvent(new DataDiubah(ENTITAS, String.valueOf(id), aksi, opd, ringkasan, sebelum, sesudah));
    }
}
