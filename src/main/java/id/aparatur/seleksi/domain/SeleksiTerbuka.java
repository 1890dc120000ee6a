package id.aparatur.seleksi.domain;

import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.AdministrasiDicatat;
import id.aparatur.seleksi.domain.PerubahanSeleksi.BobotDiubah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.Dibatalkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.JadwalDiubah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.NilaiDicatat;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PanselDinonaktifkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PanselDitambah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PesertaDidaftarkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PesertaMundur;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PilihanDitetapkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.StatusBerpindah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TahapDimulai;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TigaNamaDiajukan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Nip;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A seleksi terbuka JPT (PermenPANRB 15/2019; UU 20/2023 Pasal 29): a vacant JPT position is filled by an open
 * selection with its stages ({@link StatusSeleksi}), configurable weights, a pansel, applicants with their
 * administrasi result and scores, the pansel's three names and the PPK's recorded choice. Nothing is deleted: a
 * selection is cancelled with a reason, a member deactivated, an applicant withdrawn with a reason.
 *
 * <p>Immutable: every transition checks the state and its rules, and returns the new state with what it changed
 * ({@link #perubahan()}), which the repository writes in one guarded update of the selection and the appends that go
 * with it. Other aggregates (the jabatan, employees) are referenced by id or NIP.
 */
public final class SeleksiTerbuka {

    /** The positions filled only by an open selection (UU 20/2023 Pasal 29: jabatan pimpinan tinggi). */
    public static final Set<JenisJabatan> JENIS_JABATAN =
            Set.copyOf(EnumSet.of(JenisJabatan.JPT_UTAMA, JenisJabatan.JPT_MADYA, JenisJabatan.JPT_PRATAMA));

    public static final int PANJANG_NAMA_MAKS = 200;
    public static final int PANJANG_ALASAN_MAKS = 1000;
    public static final int PANJANG_CATATAN_MAKS = 2000;
    public static final int PANJANG_ALASAN_PPK_MAKS = 4000;
    /** A submission with fewer than three ranked names must say why, at least this long. */
    public static final int PANJANG_CATATAN_MINIMAL = 30;
    /** Message of a step on a state that is no longer there (two clicks, a stale page). */
    public static final String SUDAH_BERUBAH = "galat.409.versi";

    /** An active employee of the Pemda as the register knows them, for an internal applicant. */
    public record PegawaiPelamar(String nama, String opdNama) {}

    private final @Nullable Long id;
    private final long jabatanId;
    private final @Nullable Long opdId;
    private final String nama;
    private final StatusSeleksi status;
    private final BobotPenilaian bobot;
    private final Map<TahapSeleksi, JadwalTahap> jadwal;
    private final List<AnggotaPansel> pansel;
    private final List<PesertaSeleksi> peserta;
    private final @Nullable List<Peringkat> tigaNama;
    private final String dibuatOleh;
    private final OffsetDateTime dibuatPada;
    private final int versi;
    private final List<PerubahanSeleksi> perubahan;

    private SeleksiTerbuka(
            @Nullable Long id,
            long jabatanId,
            @Nullable Long opdId,
            String nama,
            StatusSeleksi status,
            BobotPenilaian bobot,
            Map<TahapSeleksi, JadwalTahap> jadwal,
            List<AnggotaPansel> pansel,
            List<PesertaSeleksi> peserta,
            @Nullable List<Peringkat> tigaNama,
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            int versi,
            List<PerubahanSeleksi> perubahan) {
        this.id = id;
        this.jabatanId = jabatanId;
        this.opdId = opdId;
        this.nama = nama;
        this.status = status;
        this.bobot = bobot;
        EnumMap<TahapSeleksi, JadwalTahap> j = new EnumMap<>(TahapSeleksi.class);
        for (TahapSeleksi t : TahapSeleksi.values()) {
            j.put(t, jadwal.getOrDefault(t, JadwalTahap.KOSONG));
        }
        this.jadwal = java.util.Collections.unmodifiableMap(j);
        this.pansel = List.copyOf(pansel);
        this.peserta = List.copyOf(peserta);
        this.tigaNama = tigaNama == null ? null : List.copyOf(tigaNama);
        this.dibuatOleh = dibuatOleh;
        this.dibuatPada = dibuatPada;
        this.versi = versi;
        this.perubahan = List.copyOf(perubahan);
    }

    /**
     * A new selection (DRAF) for a JPT position. The weights default to the configured ones when all four are
     * missing; the name defaults to "Seleksi terbuka " + the position's name.
     *
     * @param jabatan the position {@code jabatanId} names, if it exists
     * @param seleksiBerjalan a selection of this position that is still running, if any (one at a time)
     * @throws ValidasiException on a missing, unknown, inactive or non-JPT position, a too long name or weights out of
     *     range — all at once
     * @throws KonflikException when the position already has a running selection
     */
    public static SeleksiTerbuka buat(
            @Nullable Long jabatanId,
            @Nullable JabatanRingkas jabatan,
            @Nullable String nama,
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak,
            AturanBobot aturan,
            @Nullable Long seleksiBerjalan,
            String oleh,
            OffsetDateTime pada) {
        List<Galat> g = new ArrayList<>();
        if (jabatanId == null) {
            g.add(new Galat("jabatanId", "seleksi.jabatan.wajib"));
        } else if (jabatan == null || !jabatan.aktif()) {
            g.add(new Galat("jabatanId", "seleksi.jabatan.tidak-dikenal"));
        } else if (!JENIS_JABATAN.contains(jabatan.jenisJabatan())) {
            g.add(new Galat("jabatanId", "seleksi.jabatan.bukan-jpt"));
        }
        String n = nama == null || nama.isBlank()
                ? (jabatan == null ? "" : "Seleksi terbuka " + jabatan.nama())
                : nama.strip();
        if (n.length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
        }
        boolean baku = makalah == null && kompetensi == null && wawancara == null && rekamJejak == null;
        if (!baku) {
            g.addAll(aturan.periksa(makalah, kompetensi, wawancara, rekamJejak));
        }
        if (!g.isEmpty() || jabatanId == null || jabatan == null) {
            throw new ValidasiException(g);
        }
        if (seleksiBerjalan != null) {
            throw new KonflikException(
                    "seleksi.sudah-ada", "Seleksi " + seleksiBerjalan + " untuk jabatan ini masih berjalan");
        }
        BobotPenilaian b = baku
                ? aturan.baku()
                : new BobotPenilaian(
                        Objects.requireNonNull(makalah),
                        Objects.requireNonNull(kompetensi),
                        Objects.requireNonNull(wawancara),
                        Objects.requireNonNull(rekamJejak));
        return new SeleksiTerbuka(
                null,
                jabatanId,
                jabatan.opdId(),
                n,
                StatusSeleksi.DRAF,
                b,
                Map.of(),
                List.of(),
                List.of(),
                null,
                oleh,
                pada,
                0,
                List.of());
    }

    /** Rebuilds a stored selection; no rules are checked (the data was valid when written). */
    public static SeleksiTerbuka pulihkan(
            long id,
            long jabatanId,
            @Nullable Long opdId,
            String nama,
            StatusSeleksi status,
            BobotPenilaian bobot,
            Map<TahapSeleksi, JadwalTahap> jadwal,
            List<AnggotaPansel> pansel,
            List<PesertaSeleksi> peserta,
            @Nullable List<Peringkat> tigaNama,
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            int versi) {
        return new SeleksiTerbuka(
                id,
                jabatanId,
                opdId,
                nama,
                status,
                bobot,
                jadwal,
                pansel,
                peserta,
                tigaNama,
                dibuatOleh,
                dibuatPada,
                versi,
                List.of());
    }

    /**
     * New weights, each within its range; fixed once scoring starts (the KOMPETENSI stage).
     *
     * @throws KonflikException when scoring has started
     * @throws ValidasiException naming each weight out of range
     */
    public SeleksiTerbuka ubahBobot(
            @Nullable BigDecimal makalah,
            @Nullable BigDecimal kompetensi,
            @Nullable BigDecimal wawancara,
            @Nullable BigDecimal rekamJejak,
            AturanBobot aturan) {
        if (!status.bobotDapatDiubah()) {
            throw new KonflikException("seleksi.bobot.tetap", "Bobot tetap sejak penilaian dimulai");
        }
        List<Galat> g = aturan.periksa(makalah, kompetensi, wawancara, rekamJejak);
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        BobotPenilaian b = new BobotPenilaian(
                Objects.requireNonNull(makalah),
                Objects.requireNonNull(kompetensi),
                Objects.requireNonNull(wawancara),
                Objects.requireNonNull(rekamJejak));
        return dengan(status, b, jadwal, pansel, peserta, tigaNama, List.of(new BobotDiubah(b)));
    }

    /**
     * Sets the planned dates of the stages given (the others keep theirs): an end not before its start, and no stage
     * starting before an earlier one.
     *
     * @throws KonflikException when the three names are submitted or the selection ended
     * @throws ValidasiException naming each wrong date ({@code jadwal.PENGUMUMAN.selesai})
     */
    public SeleksiTerbuka ubahJadwal(Map<TahapSeleksi, JadwalTahap> ubah) {
        pastikanPersiapan();
        Map<TahapSeleksi, JadwalTahap> baru = new EnumMap<>(jadwal);
        baru.putAll(ubah);
        List<Galat> g = new ArrayList<>();
        LocalDate sebelumnya = null;
        for (TahapSeleksi t : TahapSeleksi.values()) {
            JadwalTahap j = baru.get(t);
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
        return dengan(status, bobot, baru, pansel, peserta, tigaNama, List.of(new JadwalDiubah(ubah)));
    }

    /**
     * Adds a pansel member: one active ketua and at most one active sekretaris.
     *
     * @throws KonflikException when the three names are submitted or the selection ended
     * @throws ValidasiException on a missing or too long name or unsur, a missing role, a second ketua or sekretaris
     */
    public SeleksiTerbuka tambahPansel(
            @Nullable String namaAnggota,
            @Nullable PeranPansel peran,
            @Nullable String unsur,
            String oleh,
            OffsetDateTime pada) {
        pastikanPersiapan();
        List<Galat> g = new ArrayList<>();
        if (namaAnggota == null || namaAnggota.isBlank()) {
            g.add(new Galat("nama", "seleksi.pansel.nama-wajib"));
        } else if (namaAnggota.strip().length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
        }
        if (peran == null) {
            g.add(new Galat("peran", "seleksi.pansel.peran-wajib"));
        } else if (peran != PeranPansel.ANGGOTA && pansel.stream().anyMatch(a -> a.aktif() && a.peran() == peran)) {
            g.add(new Galat(
                    "peran",
                    peran == PeranPansel.KETUA
                            ? "seleksi.pansel.ketua-sudah-ada"
                            : "seleksi.pansel.sekretaris-sudah-ada"));
        }
        if (unsur != null && unsur.strip().length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("unsur", "seleksi.nama.terlalu-panjang"));
        }
        if (!g.isEmpty() || namaAnggota == null || peran == null) {
            throw new ValidasiException(g);
        }
        AnggotaPansel a = new AnggotaPansel(
                null, namaAnggota.strip(), peran, unsur == null || unsur.isBlank() ? null : unsur.strip(), true);
        List<AnggotaPansel> semua = new ArrayList<>(pansel);
        semua.add(a);
        return dengan(status, bobot, jadwal, semua, peserta, tigaNama, List.of(new PanselDitambah(a, oleh, pada)));
    }

    /**
     * Deactivates an active pansel member (never deleted).
     *
     * @throws KonflikException when the three names are submitted or the selection ended
     * @throws DataTidakDitemukanException when it is no active member of this selection
     */
    public SeleksiTerbuka nonaktifkanPansel(long anggotaId, String oleh, OffsetDateTime pada) {
        pastikanPersiapan();
        AnggotaPansel a = anggota(anggotaId)
                .filter(AnggotaPansel::aktif)
                .orElseThrow(() -> new DataTidakDitemukanException("Anggota pansel", anggotaId));
        List<AnggotaPansel> semua = pansel.stream()
                .map(x -> x == a ? new AnggotaPansel(a.id(), a.nama(), a.peran(), a.unsur(), false) : x)
                .toList();
        return dengan(
                status,
                bobot,
                jadwal,
                semua,
                peserta,
                tigaNama,
                List.of(new PanselDinonaktifkan(anggotaId, oleh, pada)));
    }

    /**
     * Closes the current stage and opens the next (DRAF → DIUMUMKAN → ADMINISTRASI → KOMPETENSI → MAKALAH → WAWANCARA
     * → REKAM_JEJAK). Announcing needs a ketua pansel; closing the announcement needs an applicant; closing
     * administrasi needs a result for every applicant and at least one who passed; closing a scoring stage needs its
     * score for every applicant who passed.
     *
     * @param dari the stage the user closes (null: whichever is running); a different one answers 409, so that two
     *     clicks on the same page close it once
     * @throws KonflikException when {@code dari} is not the state, nothing follows, or the stage is not complete
     */
    public SeleksiTerbuka lanjutkan(@Nullable StatusSeleksi dari, String oleh, OffsetDateTime pada) {
        if (dari != null && dari != status) {
            throw new KonflikException(SUDAH_BERUBAH, "Seleksi " + id + " sudah " + status + ", bukan " + dari);
        }
        StatusSeleksi ke = status.berikutnya();
        if (ke == null) {
            throw new KonflikException("seleksi.tidak-dapat-dilanjutkan", "Seleksi berstatus " + status);
        }
        switch (status) {
            case DRAF -> {
                if (pansel.stream().noneMatch(a -> a.aktif() && a.peran() == PeranPansel.KETUA)) {
                    throw new KonflikException("seleksi.lanjut.tanpa-ketua", "Pansel belum memiliki ketua");
                }
            }
            case DIUMUMKAN -> {
                if (peserta.stream().allMatch(PesertaSeleksi::mundur)) {
                    throw new KonflikException("seleksi.lanjut.tanpa-peserta", "Belum ada peserta");
                }
            }
            case ADMINISTRASI -> {
                if (peserta.stream().anyMatch(p -> !p.mundur() && p.administrasiLulus() == null)) {
                    throw new KonflikException(
                            "seleksi.lanjut.administrasi-belum-lengkap", "Hasil administrasi belum lengkap");
                }
                if (peserta.stream().noneMatch(PesertaSeleksi::dinilai)) {
                    throw new KonflikException("seleksi.lanjut.tidak-ada-yang-lulus", "Tidak ada peserta yang lulus");
                }
            }
            default -> pastikanDinilaiSemua(KomponenNilai.valueOf(status.name()));
        }
        TahapSeleksi mulai = Objects.requireNonNull(ke.tahap());
        return dengan(
                ke,
                bobot,
                jadwal,
                pansel,
                peserta,
                tigaNama,
                List.of(new StatusBerpindah(status, ke), new TahapDimulai(mulai, oleh, pada)));
    }

    /**
     * Registers an applicant while the vacancy is announced (or still prepared): internal by NIP (an active employee
     * of the Pemda; name and instansi come from the register) or external by name and instansi asal.
     *
     * @param cariPegawai the active employee with a NIP, if any
     * @throws KonflikException when the registration is closed
     * @throws ValidasiException on a malformed, unknown or already registered NIP, or a missing name or instansi
     */
    public SeleksiTerbuka daftarkanPeserta(
            @Nullable String nip,
            @Nullable String namaPeserta,
            @Nullable String instansiAsal,
            Function<String, Optional<PegawaiPelamar>> cariPegawai,
            String oleh,
            OffsetDateTime pada) {
        if (!status.pesertaDapatDidaftarkan()) {
            throw new KonflikException("seleksi.pendaftaran-ditutup", "Pendaftaran sudah ditutup");
        }
        String n = nip == null || nip.isBlank() ? null : nip.replace(" ", "");
        String namaBaru;
        String instansi;
        if (n != null) {
            List<String> salah = Nip.periksa(n);
            if (!salah.isEmpty()) {
                throw new ValidasiException("nip", salah, "NIP tidak sah: " + n);
            }
            PegawaiPelamar p = cariPegawai
                    .apply(n)
                    .orElseThrow(() -> new ValidasiException("nip", "seleksi.peserta.nip-tidak-dikenal"));
            if (peserta.stream().anyMatch(x -> n.equals(x.nip()))) {
                throw new ValidasiException("nip", "seleksi.peserta.sudah-terdaftar");
            }
            namaBaru = p.nama();
            instansi = p.opdNama().isBlank() ? "Pemda" : p.opdNama();
        } else {
            List<Galat> g = new ArrayList<>();
            if (namaPeserta == null || namaPeserta.isBlank()) {
                g.add(new Galat("nama", "seleksi.peserta.nama-wajib"));
            } else if (namaPeserta.strip().length() > PANJANG_NAMA_MAKS) {
                g.add(new Galat("nama", "seleksi.nama.terlalu-panjang"));
            }
            if (instansiAsal == null || instansiAsal.isBlank()) {
                g.add(new Galat("instansiAsal", "seleksi.peserta.instansi-wajib"));
            } else if (instansiAsal.strip().length() > PANJANG_NAMA_MAKS) {
                g.add(new Galat("instansiAsal", "seleksi.nama.terlalu-panjang"));
            }
            if (!g.isEmpty() || namaPeserta == null || instansiAsal == null) {
                throw new ValidasiException(g);
            }
            namaBaru = namaPeserta.strip();
            instansi = instansiAsal.strip();
        }
        PesertaSeleksi p = new PesertaSeleksi(null, n, namaBaru, instansi, null, null, null, Map.of());
        List<PesertaSeleksi> semua = new ArrayList<>(peserta);
        semua.add(p);
        return dengan(status, bobot, jadwal, pansel, semua, tigaNama, List.of(new PesertaDidaftarkan(p, oleh, pada)));
    }

    /**
     * The administrasi result of an applicant, during ADMINISTRASI (may be corrected); a failed applicant needs a
     * reason.
     *
     * @throws KonflikException outside ADMINISTRASI
     * @throws DataTidakDitemukanException when it is no applicant of this selection
     * @throws ValidasiException on a missing result, a failure without reason, a too long reason
     */
    public SeleksiTerbuka catatAdministrasi(
            long pesertaId, @Nullable Boolean lulus, @Nullable String alasan, String oleh, OffsetDateTime pada) {
        if (!status.administrasiDapatDicatat()) {
            throw new KonflikException("seleksi.bukan-tahap-administrasi", "Seleksi berstatus " + status);
        }
        PesertaSeleksi p = peserta(pesertaId);
        List<Galat> g = new ArrayList<>();
        if (lulus == null) {
            g.add(new Galat("lulus", "seleksi.administrasi.wajib"));
        } else if (!lulus && (alasan == null || alasan.isBlank())) {
            g.add(new Galat("alasan", "seleksi.administrasi.alasan-wajib"));
        }
        if (alasan != null && alasan.strip().length() > PANJANG_ALASAN_MAKS) {
            g.add(new Galat("alasan", "seleksi.alasan.terlalu-panjang"));
        }
        if (!g.isEmpty() || lulus == null) {
            throw new ValidasiException(g);
        }
        String a = alasan == null || alasan.isBlank() ? null : alasan.strip();
        PesertaSeleksi baru =
                new PesertaSeleksi(p.id(), p.nip(), p.nama(), p.instansiAsal(), lulus, a, p.mundurAlasan(), p.nilai());
        return denganPeserta(p, baru, new AdministrasiDicatat(pesertaId, lulus, a, oleh, pada));
    }

    /**
     * Scores (0–100, two decimals) of an applicant who passed administrasi, for components whose stage has begun;
     * corrections are possible until the three names are submitted.
     *
     * @throws DataTidakDitemukanException when it is no applicant of this selection
     * @throws KonflikException when the applicant is not scored (failed, withdrew) or scores are closed
     * @throws ValidasiException when no score is given, a component's stage has not begun or a score is out of range
     */
    public SeleksiTerbuka catatNilai(
            long pesertaId, Map<KomponenNilai, BigDecimal> nilai, String oleh, OffsetDateTime pada) {
        PesertaSeleksi p = peserta(pesertaId);
        if (nilai.isEmpty()) {
            throw new ValidasiException("nilai", "seleksi.nilai.wajib");
        }
        if (!p.dinilai()) {
            throw new KonflikException("seleksi.nilai.bukan-peserta-lulus", "Peserta tidak lulus administrasi");
        }
        List<Galat> g = new ArrayList<>();
        for (Map.Entry<KomponenNilai, BigDecimal> e : nilai.entrySet()) {
            String field = "nilai." + e.getKey().name();
            if (!status.nilaiDapatDicatat(e.getKey())) {
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
            if (!status.nilaiDapatDicatat(KomponenNilai.KOMPETENSI)) {
                throw new KonflikException("seleksi.nilai.tidak-dapat-dicatat", "Seleksi berstatus " + status);
            }
            throw new ValidasiException(g);
        }
        Map<KomponenNilai, BigDecimal> semua = new EnumMap<>(KomponenNilai.class);
        semua.putAll(p.nilai());
        semua.putAll(nilai);
        PesertaSeleksi baru = new PesertaSeleksi(
                p.id(),
                p.nip(),
                p.nama(),
                p.instansiAsal(),
                p.administrasiLulus(),
                p.administrasiAlasan(),
                p.mundurAlasan(),
                semua);
        return denganPeserta(p, baru, new NilaiDicatat(pesertaId, nilai, oleh, pada));
    }

    /**
     * An applicant withdraws (or is withdrawn) with a reason; the row and its scores stay.
     *
     * @throws KonflikException when the three names are submitted, the selection ended or the applicant already
     *     withdrew
     * @throws DataTidakDitemukanException when it is no applicant of this selection
     * @throws ValidasiException when the reason is missing or too long
     */
    public SeleksiTerbuka mundurkan(long pesertaId, @Nullable String alasan, OffsetDateTime pada) {
        pastikanPersiapan();
        PesertaSeleksi p = peserta(pesertaId);
        if (p.mundur()) {
            throw new KonflikException("seleksi.peserta.sudah-mundur", "Peserta sudah mengundurkan diri");
        }
        String a = alasanWajib(alasan);
        PesertaSeleksi baru = new PesertaSeleksi(
                p.id(),
                p.nip(),
                p.nama(),
                p.instansiAsal(),
                p.administrasiLulus(),
                p.administrasiAlasan(),
                a,
                p.nilai());
        return denganPeserta(p, baru, new PesertaMundur(pesertaId, a, pada));
    }

    /** The live ranking: applicants who passed administrasi, did not withdraw and have all four scores. */
    public List<Peringkat> peringkat() {
        return PenilaianSeleksi.peringkat(
                bobot,
                peserta.stream()
                        .filter(PesertaSeleksi::dinilai)
                        .map(p -> new NilaiPeserta(Objects.requireNonNull(p.id()), p.nama(), p.nilai()))
                        .toList());
    }

    /**
     * The pansel submits the three best names of the ranking to the PPK (PermenPANRB 15/2019). Every applicant still
     * in the selection must be fully scored. With fewer than three ranked applicants the submission needs a note of
     * at least {@value #PANJANG_CATATAN_MINIMAL} characters; with none it is refused. Scores are closed from here on.
     *
     * @throws KonflikException outside REKAM_JEJAK, with a score missing, or without any ranked applicant
     * @throws ValidasiException on a missing or too long note
     */
    public SeleksiTerbuka ajukan(@Nullable String catatan, String oleh, OffsetDateTime pada) {
        if (status != StatusSeleksi.REKAM_JEJAK) {
            throw new KonflikException("seleksi.ajukan.belum-waktunya", "Seleksi berstatus " + status);
        }
        for (KomponenNilai k : KomponenNilai.values()) {
            pastikanDinilaiSemua(k);
        }
        List<Peringkat> semua = peringkat();
        if (semua.isEmpty()) {
            throw new KonflikException("seleksi.ajukan.tanpa-calon", "Tidak ada calon");
        }
        List<Peringkat> tiga = PenilaianSeleksi.tigaNama(semua);
        boolean kurang = tiga.size() < PenilaianSeleksi.TIGA;
        String c = catatan == null || catatan.isBlank() ? null : catatan.strip();
        if (c != null && c.length() > PANJANG_CATATAN_MAKS) {
            throw new ValidasiException("catatan", "seleksi.alasan.terlalu-panjang");
        }
        if (kurang && (c == null || c.length() < PANJANG_CATATAN_MINIMAL)) {
            throw new ValidasiException("catatan", "seleksi.ajukan.catatan-kurang-dari-tiga");
        }
        StatusSeleksi ke = StatusSeleksi.TIGA_NAMA_DIAJUKAN;
        return dengan(
                ke,
                bobot,
                jadwal,
                pansel,
                peserta,
                tiga,
                List.of(
                        new TigaNamaDiajukan(tiga, semua, bobot, kurang, c, oleh, pada),
                        new StatusBerpindah(status, ke),
                        new TahapDimulai(TahapSeleksi.PENETAPAN, oleh, pada)));
    }

    /**
     * The PPK chooses one of the submitted names ({@link AturanPilihanPpk}); a choice other than the first-ranked needs
     * a written justification. Final.
     *
     * @throws KonflikException when no names are submitted (or the choice was already made)
     * @throws ValidasiException on a choice outside the names, a missing or too long justification
     */
    public SeleksiTerbuka tetapkan(
            @Nullable Long pesertaId, @Nullable String alasan, String oleh, OffsetDateTime pada) {
        if (status != StatusSeleksi.TIGA_NAMA_DIAJUKAN || tigaNama == null) {
            throw new KonflikException("seleksi.tetapkan.belum-waktunya", "Seleksi berstatus " + status);
        }
        Peringkat pilihan = AturanPilihanPpk.periksa(tigaNama, pesertaId, alasan);
        String a = alasan == null || alasan.isBlank() ? null : alasan.strip();
        if (a != null && a.length() > PANJANG_ALASAN_PPK_MAKS) {
            throw new ValidasiException("alasan", "seleksi.alasan.terlalu-panjang");
        }
        StatusSeleksi ke = StatusSeleksi.DITETAPKAN;
        return dengan(
                ke,
                bobot,
                jadwal,
                pansel,
                peserta,
                tigaNama,
                List.of(
                        new PilihanDitetapkan(pilihan, a, tigaNama, bobot, oleh, pada),
                        new StatusBerpindah(status, ke)));
    }

    /**
     * Cancels a selection that has not ended, with a reason. Final.
     *
     * @throws KonflikException when it is already decided or cancelled
     * @throws ValidasiException when the reason is missing or too long
     */
    public SeleksiTerbuka batalkan(@Nullable String alasan, String oleh, OffsetDateTime pada) {
        if (status.selesai()) {
            throw new KonflikException("seleksi.sudah-selesai", "Seleksi berstatus " + status);
        }
        String a = alasanWajib(alasan);
        return dengan(
                StatusSeleksi.DIBATALKAN,
                bobot,
                jadwal,
                pansel,
                peserta,
                tigaNama,
                List.of(new Dibatalkan(a, oleh, pada)));
    }

    /** The submitted names' ranking entry of the chosen applicant, after {@link #tetapkan}. */
    public Optional<Peringkat> pilihan() {
        return perubahan.stream()
                .filter(PilihanDitetapkan.class::isInstance)
                .map(p -> ((PilihanDitetapkan) p).pilihan())
                .findFirst();
    }

    private void pastikanPersiapan() {
        if (!status.persiapanDapatDiubah()) {
            throw new KonflikException("seleksi.tidak-dapat-diubah", "Seleksi berstatus " + status);
        }
    }

    private void pastikanDinilaiSemua(KomponenNilai k) {
        if (peserta.stream().anyMatch(p -> p.dinilai() && !p.nilai().containsKey(k))) {
            throw new KonflikException("seleksi.lanjut.nilai-belum-lengkap", "Nilai " + k + " belum lengkap");
        }
    }

    private static String alasanWajib(@Nullable String alasan) {
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException("alasan", "seleksi.alasan.wajib");
        }
        if (alasan.strip().length() > PANJANG_ALASAN_MAKS) {
            throw new ValidasiException("alasan", "seleksi.alasan.terlalu-panjang");
        }
        return alasan.strip();
    }

    /** An applicant of this selection. */
    public PesertaSeleksi peserta(long pesertaId) {
        return peserta.stream()
                .filter(p -> p.id() != null && p.id() == pesertaId)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Peserta", pesertaId));
    }

    /** A pansel member of this selection. */
    public Optional<AnggotaPansel> anggota(long anggotaId) {
        return pansel.stream()
                .filter(a -> a.id() != null && a.id() == anggotaId)
                .findFirst();
    }

    private SeleksiTerbuka denganPeserta(PesertaSeleksi lama, PesertaSeleksi baru, PerubahanSeleksi p) {
        return dengan(
                status,
                bobot,
                jadwal,
                pansel,
                peserta.stream().map(x -> x == lama ? baru : x).toList(),
                tigaNama,
                List.of(p));
    }

    private SeleksiTerbuka dengan(
            StatusSeleksi s,
            BobotPenilaian b,
            Map<TahapSeleksi, JadwalTahap> j,
            List<AnggotaPansel> ps,
            List<PesertaSeleksi> pr,
            @Nullable List<Peringkat> t,
            List<PerubahanSeleksi> pu) {
        return new SeleksiTerbuka(id, jabatanId, opdId, nama, s, b, j, ps, pr, t, dibuatOleh, dibuatPada, versi, pu);
    }

    public @Nullable Long id() {
        return id;
    }

    public long jabatanId() {
        return jabatanId;
    }

    /** The OPD of the position (for the audit trail), if known. */
    public @Nullable Long opdId() {
        return opdId;
    }

    public String nama() {
        return nama;
    }

    public StatusSeleksi status() {
        return status;
    }

    public BobotPenilaian bobot() {
        return bobot;
    }

    /** The planned dates of every stage. */
    public Map<TahapSeleksi, JadwalTahap> jadwal() {
        return jadwal;
    }

    public List<AnggotaPansel> pansel() {
        return pansel;
    }

    public List<PesertaSeleksi> pesertaSemua() {
        return peserta;
    }

    /** The names submitted to the PPK, once submitted. */
    public @Nullable List<Peringkat> tigaNama() {
        return tigaNama;
    }

    public String dibuatOleh() {
        return dibuatOleh;
    }

    public OffsetDateTime dibuatPada() {
        return dibuatPada;
    }

    /** The version this state was read at: the repository stores it only if the stored one is still this. */
    public int versi() {
        return versi;
    }

    /** What this instance changed, in order. */
    public List<PerubahanSeleksi> perubahan() {
        return perubahan;
    }
}
