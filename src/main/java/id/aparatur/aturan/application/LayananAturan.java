package id.aparatur.aturan.application;

import id.aparatur.akses.CakupanPengguna;
import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.aturan.DefinisiAturan;
import id.aparatur.aturan.PelanggaranNilai;
import id.aparatur.aturan.RingkasanAturan;
import id.aparatur.aturan.StatusVersi;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.aturan.VersiPemilik;
import id.aparatur.aturan.domain.Aturan;
import id.aparatur.aturan.domain.PerbandinganNilai;
import id.aparatur.aturan.domain.UsulanVersi;
import id.aparatur.aturan.domain.Versi;
import id.aparatur.audit.DataDiubah;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The rule registry: reads for every decision ({@link AturanBerlaku}), and the approval flow — BKD proposes a version
 * from a later date, the PPK approves or rejects it. Every change is audited ({@link DataDiubah}, entitas
 * {@code ATURAN}, id {@code <kode> v<nomor>}) in the same transaction, with the version in force before and the new one.
 */
@Service
@Transactional
public class LayananAturan implements AturanBerlaku {

    static final String ENTITAS = "ATURAN";

    private final Map<String, DefinisiAturan> definisi;
    private final JdbcAturanRepository repo;
    private final ApplicationEventPublisher events;
    private final CakupanPengguna cakupan;
    private final MessageSource pesan;
    private final Clock clock;
    private final ObjectMapper json;

    LayananAturan(
            List<DefinisiAturan> definisi,
            JdbcAturanRepository repo,
            ApplicationEventPublisher events,
            CakupanPengguna cakupan,
            MessageSource pesan,
            Clock clock,
            ObjectMapper json) {
        Map<String, DefinisiAturan> m = new LinkedHashMap<>();
        for (DefinisiAturan d : definisi) {
            if (!d.kode().matches("[A-Z][A-Z0-9_]*")) {
                throw new IllegalStateException("Kode aturan tidak sah: " + d.kode());
            }
            if (m.put(d.kode(), d) != null) {
                throw new IllegalStateException("Kode aturan dipakai dua kali: " + d.kode());
            }
        }
        this.definisi = m;
        this.repo = repo;
        this.events = events;
        this.cakupan = cakupan;
        this.pesan = pesan;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Registers every declared table; a table without versions gets version 1 from its shipped default. Called once at
     * start-up.
     */
    public void daftarkanSemua() {
        OffsetDateTime pada = OffsetDateTime.now(clock);
        for (DefinisiAturan d : definisi.values()) {
            repo.daftarkan(d.kode(), d.nama(), d.modul(), d.deskripsi(), pada);
            if (d.versiPemilik() != null) {
                continue;
            }
            List<PelanggaranNilai> salah = d.periksa(d.nilaiAwal());
            if (!salah.isEmpty()) {
                throw new IllegalStateException("Nilai awal aturan " + d.kode() + " tidak sah: " + salah);
            }
            Versi awal = Aturan.versiAwal(
                    d.berlakuAwal(), d.dasarHukum(), d.catatanAwal(), d.nilaiAwal(), d.belumDikonfirmasi(), pada);
            if (repo.tambahVersiAwal(d.kode(), awal)) {
                events.publishEvent(new DataDiubah(
                        ENTITAS,
                        d.kode() + " v1",
                        "BUAT",
                        null,
                        "Aturan " + d.kode() + " v1 (nilai bawaan) berlaku mulai " + d.berlakuAwal(),
                        null,
                        jejak(d.kode(), awal)));
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public VersiAturan berlaku(String kode, LocalDate acuan) {
        DefinisiAturan d = definisi(kode);
        List<VersiAturan> semua = versi(d);
        VersiAturan hasil = null;
        VersiAturan pertama = null;
        for (VersiAturan v : semua) {
            if (v.status() != StatusVersi.DISETUJUI) {
                continue;
            }
            if (pertama == null || v.berlakuMulai().isBefore(pertama.berlakuMulai())) {
                pertama = v;
            }
            if (v.berlakuPada(acuan)) {
                hasil = v;
            }
        }
        if (hasil != null) {
            return hasil;
        }
        if (pertama != null) {
            return pertama;
        }
        // Not registered yet (start-up still running): the shipped default is what version 1 will be.
        return dari(
                d.kode(),
                Aturan.versiAwal(
                        d.berlakuAwal(),
                        d.dasarHukum(),
                        d.catatanAwal(),
                        d.nilaiAwal(),
                        d.belumDikonfirmasi(),
                        OffsetDateTime.now(clock)),
                null,
                false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RingkasanAturan> daftar() {
        return definisi.values().stream()
                .sorted(Comparator.comparing(DefinisiAturan::modul).thenComparing(DefinisiAturan::nama))
                .map(this::ringkasan)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RingkasanAturan rinci(String kode) {
        return ringkasan(definisi(kode));
    }

    /**
     * BKD proposes a version; it is in force only once the PPK approves it.
     *
     * @return the proposal
     * @throws id.aparatur.shared.ValidasiException listing every offending field, inside {@code nilai} with its path
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public VersiAturan usulkan(@Nullable String kode, UsulanVersi u) {
        if (kode == null || kode.isBlank()) {
            throw new ValidasiException("kode", "aturan.kode.wajib");
        }
        DefinisiAturan d = definisi.get(kode.strip());
        if (d == null) {
            throw new ValidasiException("kode", "aturan.kode.tidak-dikenal");
        }
        kode = d.kode();
        Aturan a = muat(d, true);
        List<Galat> galatNilai = new ArrayList<>();
        if (u.nilai() != null && !u.nilai().isNull()) {
            for (PelanggaranNilai p : d.periksa(u.nilai())) {
                galatNilai.add(new Galat(p.field(), teks(p)));
            }
        }
        LocalDate hariIni = LocalDate.now(clock);
        Versi baru = a.usulkan(u, galatNilai, hariIni, cakupan.saatIni().username(), OffsetDateTime.now(clock));
        repo.tambahVersi(kode, baru);
        VersiAturan sebelum = berlaku(kode, baru.berlakuMulai());
        events.publishEvent(new DataDiubah(
                ENTITAS,
                kode + " v" + baru.nomor(),
                "USULKAN",
                null,
                "Aturan " + kode + " v" + baru.nomor() + " diusulkan berlaku mulai " + baru.berlakuMulai(),
                jejak(sebelum),
                jejak(kode, baru)));
        return rinciVersi(kode, baru.nomor());
    }

    /**
     * The PPK approves a proposal: in force from its berlakuMulai, superseding the version before.
     *
     * @param versi the versi the PPK saw; a stale one answers 409
     */
    @PreAuthorize("hasRole('PPK')")
    public VersiAturan setujui(String kode, int nomor, @Nullable Integer versi) {
        if (versi == null) {
            throw new ValidasiException("versi", "aturan.versi.wajib");
        }
        DefinisiAturan d = definisi(kode);
        Aturan a = muat(d, true);
        Versi usulan = cari(a, nomor);
        Versi disetujui =
                a.setujui(nomor, versi, LocalDate.now(clock), cakupan.saatIni().username(), OffsetDateTime.now(clock));
        VersiAturan digantikan = berlaku(kode, disetujui.berlakuMulai());
        repo.putuskan(kode, disetujui);
        Map<String, Object> sebelum = new LinkedHashMap<>();
        sebelum.put("usulan", jejak(kode, usulan));
        sebelum.put("berlakuSebelumnya", jejak(digantikan));
        events.publishEvent(new DataDiubah(
                ENTITAS,
                kode + " v" + nomor,
                "SETUJUI",
                null,
                "Aturan " + kode + " v" + nomor + " disetujui, berlaku mulai " + disetujui.berlakuMulai()
                        + " menggantikan v" + digantikan.nomor(),
                sebelum,
                jejak(kode, disetujui)));
        return rinciVersi(kode, nomor);
    }

    /** The PPK rejects a proposal with a reason; it is never in force. */
    @PreAuthorize("hasRole('PPK')")
    public VersiAturan tolak(String kode, int nomor, @Nullable Integer versi, @Nullable String alasan) {
        if (versi == null) {
            throw new ValidasiException("versi", "aturan.versi.wajib");
        }
        DefinisiAturan d = definisi(kode);
        Aturan a = muat(d, true);
        Versi usulan = cari(a, nomor);
        Versi ditolak = a.tolak(nomor, versi, alasan, cakupan.saatIni().username(), OffsetDateTime.now(clock));
        repo.putuskan(kode, ditolak);
        events.publishEvent(new DataDiubah(
                ENTITAS,
                kode + " v" + nomor,
                "TOLAK",
                null,
                "Aturan " + kode + " v" + nomor + " ditolak: " + ditolak.alasanPenolakan(),
                jejak(kode, usulan),
                jejak(kode, ditolak)));
        return rinciVersi(kode, nomor);
    }

    /**
     * The proposal form of the page: like {@link #usulkan} with the date and the value as typed; a date or JSON that
     * does not parse is reported on its field together with every other offending field.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public VersiAturan usulkanDariIsian(
            String kode,
            @Nullable String berlakuMulai,
            @Nullable String dasarHukum,
            @Nullable String catatan,
            @Nullable String nilaiJson,
            boolean belumDikonfirmasi) {
        List<Galat> galatUrai = new ArrayList<>();
        LocalDate mulai = null;
        if (berlakuMulai != null && !berlakuMulai.isBlank()) {
            try {
                mulai = LocalDate.parse(berlakuMulai.strip());
            } catch (java.time.format.DateTimeParseException e) {
                galatUrai.add(new Galat("berlakuMulai", "aturan.berlaku-mulai.format"));
            }
        }
        JsonNode nilai = null;
        if (nilaiJson != null && !nilaiJson.isBlank()) {
            try {
                nilai = json.readTree(nilaiJson);
            } catch (tools.jackson.core.JacksonException e) {
                galatUrai.add(new Galat("nilai", "aturan.nilai.json-tidak-sah"));
            }
        }
        try {
            return usulkan(kode, new UsulanVersi(mulai, dasarHukum, catatan, nilai, belumDikonfirmasi));
        } catch (ValidasiException e) {
            if (galatUrai.isEmpty()) {
                throw e;
            }
            List<Galat> semua = new ArrayList<>(galatUrai);
            java.util.Set<String> diurai =
                    galatUrai.stream().map(Galat::field).collect(java.util.stream.Collectors.toSet());
            e.galat().stream().filter(g -> !diurai.contains(g.field())).forEach(semua::add);
            throw new ValidasiException(semua);
        }
    }

    /** Two versions of a table and what differs between them, key by key. */
    public record Perbandingan(VersiAturan lama, VersiAturan baru, List<PerbandinganNilai.Perbedaan> perbedaan) {}

    @Transactional(readOnly = true)
    public Perbandingan bandingkan(String kode, int nomorLama, int nomorBaru) {
        VersiAturan a = rinciVersi(kode, nomorLama);
        VersiAturan b = rinciVersi(kode, nomorBaru);
        return new Perbandingan(a, b, PerbandinganNilai.bandingkan(a.nilai(), b.nilai()));
    }

    /** One version of a table. */
    @Transactional(readOnly = true)
    public VersiAturan rinciVersi(String kode, int nomor) {
        return versi(definisi(kode)).stream()
                .filter(v -> v.nomor() == nomor)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Versi aturan", kode + " v" + nomor));
    }

    /** Today, for the pages. */
    public LocalDate hariIni() {
        return LocalDate.now(clock);
    }

    private RingkasanAturan ringkasan(DefinisiAturan d) {
        List<VersiAturan> semua = new ArrayList<>(versi(d));
        LocalDate hariIni = LocalDate.now(clock);
        VersiAturan berlaku =
                semua.stream().filter(v -> v.berlakuPada(hariIni)).findFirst().orElse(null);
        semua.sort(Comparator.comparingInt(VersiAturan::nomor).reversed());
        return new RingkasanAturan(
                d.kode(),
                d.nama(),
                d.modul(),
                d.deskripsi(),
                d.halamanPemilik(),
                d.versiPemilik() != null,
                berlaku,
                semua);
    }

    /** Every version, oldest first, with berlakuSampai computed over the approved ones. */
    private List<VersiAturan> versi(DefinisiAturan d) {
        List<VersiPemilik> pemilik = d.versiPemilik();
        if (pemilik != null) {
            List<Versi> v = new ArrayList<>();
            List<VersiPemilik> urut = pemilik.stream()
                    .sorted(Comparator.comparing(VersiPemilik::berlakuMulai))
                    .toList();
            for (int i = 0; i < urut.size(); i++) {
                VersiPemilik p = urut.get(i);
                v.add(new Versi(
                        i + 1,
                        p.berlakuMulai(),
                        p.dasarHukum(),
                        p.catatan(),
                        p.nilai(),
                        d.belumDikonfirmasi(),
                        StatusVersi.DISETUJUI,
                        p.dicatatOleh(),
                        OffsetDateTime.now(clock),
                        p.dicatatOleh(),
                        null,
                        null,
                        0));
            }
            Aturan a = Aturan.pulihkan(d.kode(), true, v);
            return v.stream()
                    .map(x -> dari(d.kode(), x, a.berlakuSampai(x), true))
                    .toList();
        }
        Aturan a = Aturan.pulihkan(d.kode(), false, repo.versi(d.kode()));
        return a.daftarVersi().stream()
                .map(x -> dari(d.kode(), x, a.berlakuSampai(x), false))
                .toList();
    }

    private Aturan muat(DefinisiAturan d, boolean kunci) {
        Aturan a = repo.muat(d.kode(), kunci).orElseThrow(() -> new DataTidakDitemukanException("Aturan", d.kode()));
        return Aturan.pulihkan(a.kode(), d.versiPemilik() != null, a.daftarVersi());
    }

    private static Versi cari(Aturan a, int nomor) {
        return a.daftarVersi().stream()
                .filter(v -> v.nomor() == nomor)
                .findFirst()
                .orElseThrow(() -> new DataTidakDitemukanException("Versi aturan", a.kode() + " v" + nomor));
    }

    private DefinisiAturan definisi(String kode) {
        DefinisiAturan d = definisi.get(kode);
        if (d == null) {
            throw new DataTidakDitemukanException("Aturan", kode);
        }
        return d;
    }

    private static VersiAturan dari(String kode, Versi v, @Nullable LocalDate sampai, boolean pemilik) {
        return new VersiAturan(
                kode,
                v.nomor(),
                v.berlakuMulai(),
                sampai,
                v.dasarHukum(),
                v.catatan(),
                v.nilai(),
                v.belumDikonfirmasi(),
                v.status(),
                v.diusulkanOleh(),
                pemilik ? null : v.diusulkanPada(),
                v.diputusOleh(),
                v.diputusPada(),
                v.alasanPenolakan(),
                v.versi(),
                pemilik);
    }

    private String teks(PelanggaranNilai p) {
        return pesan.getMessage(p.kodePesan(), p.argumen().toArray(), p.kodePesan(), LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> jejak(String kode, Versi v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode", kode);
        m.put("nomor", v.nomor());
        m.put("status", v.status().name());
        m.put("berlakuMulai", v.berlakuMulai().toString());
        m.put("dasarHukum", v.dasarHukum());
        if (v.catatan() != null) {
            m.put("catatan", v.catatan());
        }
        m.put("nilai", v.nilai());
        m.put("belumDikonfirmasi", v.belumDikonfirmasi());
        if (v.alasanPenolakan() != null) {
            m.put("alasanPenolakan", v.alasanPenolakan());
        }
        return m;
    }

    private static Map<String, Object> jejak(VersiAturan v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kode", v.kode());
        m.put("nomor", v.nomor());
        m.put("status", v.status().name());
        m.put("berlakuMulai", v.berlakuMulai().toString());
        m.put("dasarHukum", v.dasarHukum());
        m.put("nilai", v.nilai());
        return m;
    }
}
