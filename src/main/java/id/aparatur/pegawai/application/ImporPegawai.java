package id.aparatur.pegawai.application;

import static id.aparatur.pegawai.application.FormatBerkasPegawai.*;

import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.pegawai.domain.AturanAtasanLangsung;
import id.aparatur.pegawai.domain.AturanPegawai;
import id.aparatur.pegawai.domain.DataPribadi;
import id.aparatur.pegawai.domain.DataProfil;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.shared.Golongan;
import id.aparatur.shared.GolonganPppk;
import id.aparatur.shared.NiPppk;
import id.aparatur.shared.Nip;
import id.aparatur.shared.NipTidakSahException;
import id.aparatur.shared.NomorIndukPegawai;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.BarisMasuk;
import id.aparatur.sistem.GalatImpor;
import id.aparatur.sistem.HasilImpor;
import id.aparatur.sistem.ImporDitolakException;
import id.aparatur.sistem.KolomImpor;
import id.aparatur.sistem.Pengimpor;
import id.aparatur.sistem.PenguraiNilai;
import id.aparatur.sistem.Progres;
import id.aparatur.sistem.SalinCopy;
import id.aparatur.sistem.TabelMasuk;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports employees from a file in {@link FormatBerkasPegawai} (XLSX or CSV): an upsert by NIP. Every row is validated
 * first; any error rejects the whole file and nothing is written. Columns present in the file are authoritative (an
 * empty cell clears the value); columns left out keep the stored values. Birth date, gender and TMT CPNS default to
 * what the NIP encodes; a disagreement with the NIP is accepted as legacy data and reported as a warning (and flagged
 * on the profile). Unit and OPD follow the jabatan; an empty NIP Atasan is the one the structure gives
 * ({@link AturanAtasanLangsung}); a given one must not close a cycle. Written with
 * COPY and one set-based upsert; every created or changed employee gets an audit row.
 */
@Component
class ImporPegawai implements Pengimpor {

    static final Locale ID = Locale.forLanguageTag("id");
    private static final int PERINGATAN_MAKS = 200;

    private record Jab(long id, long unitId, long opdId, boolean aktif) {}

    /** A validated row: every column's value (null = empty); absent columns are not written for existing employees. */
    private record Baris(
            int nomor,
            String nip,
            String nama,
            @Nullable String gelarDepan,
            @Nullable String gelarBelakang,
            @Nullable String tempatLahir,
            LocalDate tanggalLahir,
            String jenisKelamin,
            @Nullable LocalDate tmtCpns,
            String status,
            @Nullable String nik,
            @Nullable String golongan,
            @Nullable LocalDate tmtGolongan,
            @Nullable Jab jabatan,
            @Nullable LocalDate tmtJabatan,
            @Nullable String atasan,
            @Nullable String pendidikan,
            @Nullable String jurusan,
            @Nullable Integer tahunLulus,
            @Nullable String agama,
            @Nullable String perkawinan,
            @Nullable String disabilitas,
            boolean aktif,
            @Nullable String alasanNonaktif,
            @Nullable String golonganPppk) {}

    /** What is stored of an employee the file may update: atasan, status, whether the TMT CPNS is empty. */
    private record Tersimpan(@Nullable String atasan, String status, boolean tanpaTmtCpns) {}

    private final JdbcClient jdbc;
    private final JdbcPegawaiRepository repo;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final MessageSource pesan;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImporPegawai(
            JdbcClient jdbc,
            JdbcPegawaiRepository repo,
            DataSource dataSource,
            PlatformTransactionManager tm,
            MessageSource pesan,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(tm);
        this.pesan = pesan;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String jenis() {
        return "pegawai";
    }

    @Override
    public String judulKode() {
        return "pegawai.impor.judul";
    }

    @Override
    public List<KolomImpor> kolom() {
        List<KolomImpor> k = new ArrayList<>();
        Map<String, String> contoh = Map.ofEntries(
                Map.entry(NIP, "198609262015051001"),
                Map.entry(NAMA, "Siti Aminah"),
                Map.entry(GELAR_DEPAN, "dr."),
                Map.entry(GELAR_BELAKANG, "M.Kes."),
                Map.entry(TEMPAT_LAHIR, "Sleman"),
                Map.entry(TANGGAL_LAHIR, "1986-09-26"),
                Map.entry(JENIS_KELAMIN, "L"),
                Map.entry(TMT_CPNS, "2015-05"),
                Map.entry(STATUS, "PNS"),
                Map.entry(NIK, "3404012609860001"),
                Map.entry(GOLONGAN, "III/b"),
                Map.entry(TMT_GOLONGAN, "2019-04-01"),
                Map.entry(KODE_JABATAN, "DINKES-J0012"),
                Map.entry(TMT_JABATAN, "2020-01-02"),
                Map.entry(NIP_ATASAN, ""),
                Map.entry(PENDIDIKAN, "S1"),
                Map.entry(JURUSAN, "Kesehatan Masyarakat"),
                Map.entry(TAHUN_LULUS, "2009"),
                Map.entry(AGAMA, "ISLAM"),
                Map.entry(STATUS_PERKAWINAN, "KAWIN"),
                Map.entry(DISABILITAS, ""),
                Map.entry(AKTIF, "Ya"),
                Map.entry(ALASAN_NONAKTIF, ""));
        for (String nama : KOLOM) {
            k.add(new KolomImpor(
                    nama,
                    nama.equals(NIP) || nama.equals(NAMA),
                    "pegawai.impor.kolom." + nama.toLowerCase(Locale.ROOT).replace(' ', '-'),
                    contoh.get(nama)));
        }
        return k;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public HasilImpor impor(TabelMasuk tabel, Progres progres) {
        List<String> kepala = tabel.kepala();
        List<GalatImpor> galat = new ArrayList<>(periksaKepala(kepala));
        if (!galat.isEmpty()) {
            throw new ImporDitolakException(galat);
        }
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < kepala.size(); i++) {
            idx.put(kepala.get(i), i);
        }
        Map<String, Jab> jabatan = new HashMap<>();
        jdbc.sql("SELECT kode, id, unit_id, opd_id, aktif FROM organisasi.v_jabatan")
                .query((java.sql.ResultSet rs) -> {
                    jabatan.put(
                            rs.getString(1).toUpperCase(Locale.ROOT),
                            new Jab(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5)));
                });
        Map<String, String> atasanTersimpan = new HashMap<>();
        Map<String, Tersimpan> tersimpan = new HashMap<>();
        jdbc.sql("SELECT nip, atasan_nip, status_kepegawaian, tmt_cpns IS NULL FROM pegawai.pegawai")
                .query((java.sql.ResultSet rs) -> {
                    atasanTersimpan.put(rs.getString(1), rs.getString(2));
                    tersimpan.put(rs.getString(1), new Tersimpan(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                });
        LocalDate hariIni = LocalDate.now(clock);
        List<Baris> semua = new ArrayList<>();
        Map<String, Integer> nipBaris = new HashMap<>();
        List<String> peringatan = new ArrayList<>();
        int[] jumlahPeringatan = {0};
        try (Stream<BarisMasuk> s = tabel.baris()) {
            s.forEach(b -> {
                Baris r = baca(b, idx, jabatan, tersimpan, hariIni, galat, peringatan, jumlahPeringatan);
                if (r != null) {
                    Integer lain = nipBaris.putIfAbsent(r.nip(), b.nomorBaris());
                    if (lain != null) {
                        galat.add(new GalatImpor(b.nomorBaris(), NIP, r.nip(), teks("pegawai.impor.nip-ganda", lain)));
                    } else {
                        semua.add(r);
                    }
                }
                if (b.nomorBaris() % 2000 == 0) {
                    progres.laporkan(b.nomorBaris(), 0);
                }
            });
        }
        if (semua.isEmpty() && galat.isEmpty()) {
            throw new ImporDitolakException(List.of(GalatImpor.berkas(teks("pegawai.impor.kosong"))));
        }
        // Atasan: known (stored or in this file), not oneself, no cycle after the import.
        Map<String, String> atasanBaru = new HashMap<>(atasanTersimpan);
        boolean adaKolomAtasan = idx.containsKey(NIP_ATASAN);
        for (Baris r : semua) {
            if (adaKolomAtasan) {
                atasanBaru.put(r.nip(), r.atasan());
            } else {
                atasanBaru.putIfAbsent(r.nip(), null);
            }
        }
        for (Baris r : semua) {
            if (r.atasan() == null) {
                continue;
            }
            if (r.atasan().equals(r.nip())) {
                galat.add(new GalatImpor(r.nomor(), NIP_ATASAN, r.atasan(), teks("pegawai.atasan.diri-sendiri")));
            } else if (!atasanBaru.containsKey(r.atasan())) {
                galat.add(new GalatImpor(r.nomor(), NIP_ATASAN, r.atasan(), teks("pegawai.atasan.tidak-dikenal")));
            } else if (AturanAtasanLangsung.membentukSiklus(r.nip(), r.atasan(), atasanBaru::get)) {
                galat.add(new GalatImpor(r.nomor(), NIP_ATASAN, r.atasan(), teks("pegawai.atasan.siklus")));
            }
        }
        if (!galat.isEmpty()) {
            galat.sort(java.util.Comparator.comparingInt(GalatImpor::baris));
            throw new ImporDitolakException(galat);
        }
        if (jumlahPeringatan[0] > peringatan.size()) {
            peringatan.add(teks("pegawai.impor.peringatan-lain", jumlahPeringatan[0] - peringatan.size()));
        }
        int[] hasil = tx.execute(st -> tulis(semua, idx.keySet(), atasanTersimpan.keySet(), progres));
        return new HasilImpor(semua.size(), hasil[0], hasil[1], peringatan);
    }

    /** Header: required columns present, no unknown or duplicate columns. */
    List<GalatImpor> periksaKepala(List<String> kepala) {
        List<GalatImpor> g = new ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (String k : kepala) {
            if (!KOLOM.contains(k)) {
                g.add(new GalatImpor(1, k, k, teks("pegawai.impor.kolom-tidak-dikenal", String.join(", ", KOLOM))));
            } else if (!dilihat.add(k)) {
                g.add(new GalatImpor(1, k, k, teks("pegawai.impor.kolom-ganda")));
            }
        }
        for (String wajib : List.of(NIP, NAMA)) {
            if (!kepala.contains(wajib)) {
                g.add(new GalatImpor(1, wajib, "", teks("pegawai.impor.kolom-wajib")));
            }
        }
        return g;
    }

    private @Nullable Baris baca(
            BarisMasuk b,
            Map<String, Integer> idx,
            Map<String, Jab> jabatan,
            Map<String, Tersimpan> tersimpan,
            LocalDate hariIni,
            List<GalatImpor> galat,
            List<String> peringatan,
            int[] jumlahPeringatan) {
        int n = b.nomorBaris();
        int awal = galat.size();
        Sel sel = new Sel(b, idx, n, galat);
        String nipTeks = sel.teks(NIP).replace(" ", "");
        // The status decides how the number is read (NIP or NI PPPK); without a Status cell, the stored one, else PNS.
        String status = sel.pilihan(STATUS, Map.of("CPNS", "CPNS", "PNS", "PNS", "PPPK", "PPPK"));
        Tersimpan lama = tersimpan.get(nipTeks);
        String statusBerlaku = status != null ? status : lama != null ? lama.status() : "PNS";
        boolean pppk = statusBerlaku.equals("PPPK");
        NomorIndukPegawai nip = null;
        try {
            nip = pppk ? NiPppk.dari(nipTeks) : Nip.dari(nipTeks);
        } catch (NipTidakSahException e) {
            for (String k : e.kodePesan()) {
                galat.add(new GalatImpor(n, NIP, nipTeks, teks(k)));
            }
        } catch (IllegalArgumentException e) {
            galat.add(new GalatImpor(n, NIP, nipTeks, teks("pegawai.impor.nip-tidak-sah")));
        }
        String nama = sel.teks(NAMA);
        if (nama.isBlank()) {
            galat.add(new GalatImpor(n, NAMA, "", teks("pegawai.impor.wajib-diisi")));
        }
        sel.panjang(NAMA, 200);
        sel.panjang(GELAR_DEPAN, 40);
        sel.panjang(GELAR_BELAKANG, 60);
        sel.panjang(TEMPAT_LAHIR, 100);
        sel.panjang(JURUSAN, 150);
        sel.panjang(DISABILITAS, 200);
        sel.panjang(ALASAN_NONAKTIF, 300);
        LocalDate lahir = sel.tanggal(TANGGAL_LAHIR);
        String kelamin = sel.pilihan(JENIS_KELAMIN, Map.of("L", "L", "P", "P", "LAKI-LAKI", "L", "PEREMPUAN", "P"));
        LocalDate tmtCpns = sel.bulan(TMT_CPNS);
        String nik = sel.kosong(NIK) ? null : sel.teks(NIK).replace(" ", "");
        String golongan = null;
        String golonganPppk = null;
        if (!sel.kosong(GOLONGAN) && pppk) {
            golonganPppk = GolonganPppk.dari(sel.teks(GOLONGAN))
                    .map(GolonganPppk::kode)
                    .orElse(null);
            if (golonganPppk == null) {
                galat.add(new GalatImpor(
                        n,
                        GOLONGAN,
                        sel.teks(GOLONGAN),
                        teks(
                                Golongan.dari(sel.teks(GOLONGAN)).isPresent()
                                        ? "pegawai.golongan.pppk"
                                        : "pegawai.golongan-pppk.tidak-dikenal")));
            }
        } else if (!sel.kosong(GOLONGAN)) {
            golongan = Golongan.dari(sel.teks(GOLONGAN)).map(Golongan::kode).orElse(null);
            if (golongan == null) {
                galat.add(new GalatImpor(n, GOLONGAN, sel.teks(GOLONGAN), teks("pegawai.golongan.tidak-dikenal")));
            }
        }
        LocalDate tmtGol = sel.tanggal(TMT_GOLONGAN);
        Jab jab = null;
        if (!sel.kosong(KODE_JABATAN)) {
            jab = jabatan.get(sel.teks(KODE_JABATAN).toUpperCase(Locale.ROOT));
            if (jab == null) {
                galat.add(new GalatImpor(
                        n, KODE_JABATAN, sel.teks(KODE_JABATAN), teks("pegawai.impor.jabatan-tidak-dikenal")));
            } else if (!jab.aktif()) {
                galat.add(new GalatImpor(n, KODE_JABATAN, sel.teks(KODE_JABATAN), teks("pegawai.jabatan.nonaktif")));
            }
        }
        LocalDate tmtJab = sel.tanggal(TMT_JABATAN);
        String atasan = sel.kosong(NIP_ATASAN) ? null : sel.teks(NIP_ATASAN).replace(" ", "");
        if (atasan != null && !atasan.matches("[0-9]{18}")) {
            galat.add(new GalatImpor(n, NIP_ATASAN, atasan, teks("pegawai.impor.nip-atasan-format")));
        }
        String pendidikan = sel.pilihan(PENDIDIKAN, enumPeta(TingkatPendidikan.values()));
        Integer tahunLulus = sel.bilangan(TAHUN_LULUS);
        String agama = sel.pilihan(AGAMA, daftarPeta(DataPribadi.AGAMA));
        String perkawinan = sel.pilihan(STATUS_PERKAWINAN, daftarPeta(DataPribadi.STATUS_PERKAWINAN));
        String aktifTeks = sel.pilihan(
                AKTIF,
                Map.of(
                        "YA",
                        "Ya",
                        "TIDAK",
                        "Tidak",
                        "TRUE",
                        "Ya",
                        "FALSE",
                        "Tidak",
                        "1",
                        "Ya",
                        "0",
                        "Tidak",
                        "AKTIF",
                        "Ya",
                        "NONAKTIF",
                        "Tidak"));
        boolean aktif = !"Tidak".equals(aktifTeks);
        String alasan = sel.kosong(ALASAN_NONAKTIF) ? null : sel.teks(ALASAN_NONAKTIF);
        if (!aktif && alasan == null) {
            galat.add(new GalatImpor(n, ALASAN_NONAKTIF, "", teks("pegawai.impor.alasan-nonaktif")));
        }
        if (galat.size() > awal || nip == null) {
            return null;
        }
        LocalDate tglLahir = lahir;
        Character jkNomor = null;
        YearMonth tmt = tmtCpns != null ? YearMonth.from(tmtCpns) : null;
        if (nip instanceof Nip nipPns) {
            tglLahir = tglLahir != null ? tglLahir : nipPns.tanggalLahir();
            jkNomor = nipPns.jenisKelamin();
            tmt = tmt != null ? tmt : nipPns.tmtCpns();
        } else {
            tglLahir = tglLahir != null ? tglLahir : NiPppk.tanggalLahir(nip.nilai());
            jkNomor = NiPppk.jenisKelamin(nip.nilai());
        }
        Character jkBaca = kelamin != null ? Character.valueOf(kelamin.charAt(0)) : jkNomor;
        if (tglLahir == null) {
            galat.add(new GalatImpor(n, TANGGAL_LAHIR, "", teks("pegawai.ni-pppk.tanggal-lahir-wajib")));
        }
        if (jkBaca == null) {
            galat.add(new GalatImpor(n, JENIS_KELAMIN, "", teks("pegawai.ni-pppk.kelamin-wajib")));
        }
        if (!pppk && lama != null && lama.tanpaTmtCpns() && tmtCpns == null) {
            // A stored PPPK (no TMT CPNS) becoming PNS/CPNS: the file must give the TMT CPNS.
            galat.add(new GalatImpor(n, TMT_CPNS, "", teks("pegawai.tmt-cpns.wajib")));
        }
        if (tglLahir == null || jkBaca == null || galat.size() > awal) {
            return null;
        }
        char jk = jkBaca;
        Pegawai p = new Pegawai(
                nip, nama.trim(), null, null, jk, tglLahir, tmt, null, null, null, atasan, aktif, alasan, 0);
        for (Galat g : AturanPegawai.periksaDataLama(p, hariIni)) {
            galat.add(new GalatImpor(n, kolomDari(g.field()), "", teks(g.kodePesan())));
        }
        DataProfil profil = new DataProfil(
                null,
                nik,
                StatusKepegawaian.valueOf(statusBerlaku),
                golongan == null ? null : Golongan.dari(golongan).orElseThrow(),
                tmtGol,
                tmtJab,
                pendidikan == null ? null : TingkatPendidikan.valueOf(pendidikan),
                null,
                tahunLulus,
                new DataPribadi(agama, perkawinan, null),
                golonganPppk == null ? null : GolonganPppk.dari(golonganPppk).orElseThrow());
        for (Galat g : profil.periksa(tglLahir, tmt, hariIni)) {
            galat.add(new GalatImpor(
                    n, kolomDari(g.field()), nilaiKolom(sel, kolomDari(g.field())), teks(g.kodePesan())));
        }
        if (galat.size() > awal) {
            return null;
        }
        List<String> beda = new ArrayList<>(AturanPegawai.ketidaksesuaianNip(nip, tglLahir, tmt, jk));
        if (pppk && tmt != null) {
            beda.add("pegawai.tmt-cpns.pppk");
        }
        if (!beda.isEmpty()) {
            jumlahPeringatan[0]++;
            if (peringatan.size() < PERINGATAN_MAKS) {
                peringatan.add(teks(
                        "pegawai.impor.peringatan-nip",
                        n,
                        nip.nilai(),
                        String.join(" ", beda.stream().map(this::teks).toList())));
            }
        }
        return new Baris(
                n,
                nip.nilai(),
                nama.trim(),
                sel.atauNull(GELAR_DEPAN),
                sel.atauNull(GELAR_BELAKANG),
                sel.atauNull(TEMPAT_LAHIR),
                tglLahir,
                String.valueOf(jk),
                tmt == null ? null : tmt.atDay(1),
                statusBerlaku,
                nik,
                golongan,
                tmtGol,
                jab,
                tmtJab,
                atasan,
                pendidikan,
                sel.atauNull(JURUSAN),
                tahunLulus,
                agama,
                perkawinan,
                sel.atauNull(DISABILITAS),
                aktif,
                aktif ? null : alasan,
                golonganPppk);
    }

    private static String kolomDari(String field) {
        return switch (field) {
            case "nama" -> NAMA;
            case "tanggalLahir" -> TANGGAL_LAHIR;
            case "tmtCpns" -> TMT_CPNS;
            case "jenisKelamin" -> JENIS_KELAMIN;
            case "nik" -> NIK;
            case "golongan" -> GOLONGAN;
            case "statusKepegawaian" -> STATUS;
            case "tmtGolongan" -> TMT_GOLONGAN;
            case "tmtJabatan" -> TMT_JABATAN;
            case "pendidikanTahunLulus" -> TAHUN_LULUS;
            case "agama" -> AGAMA;
            case "statusPerkawinan" -> STATUS_PERKAWINAN;
            case "atasanNip" -> NIP_ATASAN;
            default -> "";
        };
    }

    private static String nilaiKolom(Sel sel, String kolom) {
        return kolom.isEmpty() ? "" : sel.teks(kolom);
    }

    private static Map<String, String> enumPeta(Enum<?>[] nilai) {
        Map<String, String> m = new HashMap<>();
        for (Enum<?> e : nilai) {
            m.put(e.name(), e.name());
        }
        return m;
    }

    private static Map<String, String> daftarPeta(List<String> daftar) {
        Map<String, String> m = new HashMap<>();
        for (String s : daftar) {
            m.put(s, s);
            m.put(s.replace('_', ' '), s);
        }
        return m;
    }

    String teks(String kode, Object... arg) {
        return pesan.getMessage(kode, arg, kode, ID);
    }

    /** Typed access to one row's cells, recording errors with row, column, value and an Indonesian message. */
    private final class Sel {
        private final BarisMasuk b;
        private final Map<String, Integer> idx;
        private final int n;
        private final List<GalatImpor> galat;

        Sel(BarisMasuk b, Map<String, Integer> idx, int n, List<GalatImpor> galat) {
            this.b = b;
            this.idx = idx;
            this.n = n;
            this.galat = galat;
        }

        String teks(String kolom) {
            Integer i = idx.get(kolom);
            return i == null ? "" : b.nilai(i).trim();
        }

        boolean kosong(String kolom) {
            return teks(kolom).isEmpty();
        }

        @Nullable
        String atauNull(String kolom) {
            String t = teks(kolom);
            return t.isEmpty() ? null : t;
        }

        void panjang(String kolom, int maks) {
            if (teks(kolom).length() > maks) {
                galat.add(new GalatImpor(
                        n, kolom, potong(teks(kolom)), ImporPegawai.this.teks("pegawai.impor.terlalu-panjang", maks)));
            }
        }

        @Nullable
        LocalDate tanggal(String kolom) {
            String t = teks(kolom);
            if (t.isEmpty()) {
                return null;
            }
            LocalDate d = PenguraiNilai.bacaTanggal(t);
            if (d == null) {
                galat.add(new GalatImpor(n, kolom, t, ImporPegawai.this.teks("pegawai.impor.tanggal")));
            }
            return d;
        }

        @Nullable
        LocalDate bulan(String kolom) {
            String t = teks(kolom);
            if (t.isEmpty()) {
                return null;
            }
            if (t.matches("[0-9]{4}-[0-9]{2}")) {
                try {
                    return YearMonth.parse(t).atDay(1);
                } catch (java.time.DateTimeException e) {
                    // falls through to the error
                }
            }
            LocalDate d = PenguraiNilai.bacaTanggal(t);
            if (d == null) {
                galat.add(new GalatImpor(n, kolom, t, ImporPegawai.this.teks("pegawai.impor.bulan")));
            }
            return d;
        }

        @Nullable
        Integer bilangan(String kolom) {
            String t = teks(kolom);
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(t);
            } catch (NumberFormatException e) {
                galat.add(new GalatImpor(n, kolom, t, ImporPegawai.this.teks("pegawai.impor.bilangan")));
                return null;
            }
        }

        @Nullable
        String pilihan(String kolom, Map<String, String> boleh) {
            String t = teks(kolom);
            if (t.isEmpty()) {
                return null;
            }
            String v = boleh.get(t.toUpperCase(Locale.ROOT));
            if (v == null) {
                galat.add(new GalatImpor(
                        n,
                        kolom,
                        t,
                        ImporPegawai.this.teks(
                                "pegawai.impor.pilihan", String.join(", ", new java.util.TreeSet<>(boleh.values())))));
            }
            return v;
        }
    }

    private static String potong(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static final String[] KOLOM_DB = {
        "nip",
        "nama",
        "gelar_depan",
        "gelar_belakang",
        "tempat_lahir",
        "tanggal_lahir",
        "jenis_kelamin",
        "tmt_cpns",
        "status_kepegawaian",
        "nik",
        "golongan",
        "tmt_golongan",
        "jabatan_id",
        "unit_id",
        "opd_id",
        "tmt_jabatan",
        "atasan_nip",
        "pendidikan_tingkat",
        "pendidikan_jurusan",
        "pendidikan_tahun_lulus",
        "agama",
        "status_perkawinan",
        "disabilitas",
        "aktif",
        "alasan_nonaktif",
        "golongan_pppk"
    };

    /** File column → database columns it sets. */
    private static final Map<String, List<String>> KOLOM_KE_DB = Map.ofEntries(
            Map.entry(NAMA, List.of("nama")),
            Map.entry(GELAR_DEPAN, List.of("gelar_depan")),
            Map.entry(GELAR_BELAKANG, List.of("gelar_belakang")),
            Map.entry(TEMPAT_LAHIR, List.of("tempat_lahir")),
            Map.entry(TANGGAL_LAHIR, List.of("tanggal_lahir")),
            Map.entry(JENIS_KELAMIN, List.of("jenis_kelamin")),
            Map.entry(TMT_CPNS, List.of("tmt_cpns")),
            Map.entry(STATUS, List.of("status_kepegawaian")),
            Map.entry(NIK, List.of("nik")),
            Map.entry(GOLONGAN, List.of("golongan", "golongan_pppk")),
            Map.entry(TMT_GOLONGAN, List.of("tmt_golongan")),
            Map.entry(KODE_JABATAN, List.of("jabatan_id", "unit_id", "opd_id")),
            Map.entry(TMT_JABATAN, List.of("tmt_jabatan")),
            Map.entry(NIP_ATASAN, List.of("atasan_nip")),
            Map.entry(PENDIDIKAN, List.of("pendidikan_tingkat")),
            Map.entry(JURUSAN, List.of("pendidikan_jurusan")),
            Map.entry(TAHUN_LULUS, List.of("pendidikan_tahun_lulus")),
            Map.entry(AGAMA, List.of("agama")),
            Map.entry(STATUS_PERKAWINAN, List.of("status_perkawinan")),
            Map.entry(DISABILITAS, List.of("disabilitas")),
            Map.entry(AKTIF, List.of("aktif")),
            Map.entry(ALASAN_NONAKTIF, List.of("alasan_nonaktif")));

    private static final String AUDIT_JSON = """
            jsonb_build_object('nip', p.nip, 'nama', p.nama, 'gelarDepan', p.gelar_depan, 'gelarBelakang', p.gelar_belakang,
              'tempatLahir', p.tempat_lahir, 'tanggalLahir', p.tanggal_lahir, 'jenisKelamin', p.jenis_kelamin,
              'tmtCpns', to_char(p.tmt_cpns, 'YYYY-MM'), 'statusKepegawaian', p.status_kepegawaian, 'nik', p.nik,
              'golongan', p.golongan, 'tmtGolongan', p.tmt_golongan, 'jabatanId', p.jabatan_id, 'unitId', p.unit_id,
              'opdId', p.opd_id, 'tmtJabatan', p.tmt_jabatan, 'atasanNip', p.atasan_nip,
              'pendidikanTingkat', p.pendidikan_tingkat, 'pendidikanJurusan', p.pendidikan_jurusan,
              'pendidikanTahunLulus', p.pendidikan_tahun_lulus, 'agama', p.agama, 'statusPerkawinan', p.status_perkawinan,
              'disabilitas', p.disabilitas, 'aktif', p.aktif, 'alasanNonaktif', p.alasan_nonaktif,
              'golonganPppk', p.golongan_pppk)::text""";

    /** Writes in the caller's transaction; returns {created, changed}. */
    private int[] tulis(List<Baris> semua, Set<String> kolomBerkas, Set<String> nipTersimpan, Progres progres) {
        long total = semua.size() * 2L;
        progres.laporkan(semua.size(), total);
        jdbc.sql("CREATE TEMPORARY TABLE impor_pegawai (LIKE pegawai.pegawai INCLUDING DEFAULTS) ON COMMIT DROP")
                .update();
        jdbc.sql("ALTER TABLE impor_pegawai DROP CONSTRAINT IF EXISTS pegawai_nip_digit")
                .update();
        Map<String, String> sebelum = new HashMap<>();
        List<String> ada =
                semua.stream().map(Baris::nip).filter(nipTersimpan::contains).toList();
        for (int i = 0; i < ada.size(); i += 5000) {
            jdbc.sql("SELECT p.nip, " + AUDIT_JSON + " FROM pegawai.pegawai p WHERE p.nip = ANY (?)")
                    .param(ada.subList(i, Math.min(ada.size(), i + 5000)).toArray(String[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        sebelum.put(rs.getString(1), rs.getString(2));
                    });
        }
        salin(semua);
        progres.laporkan(semua.size() + semua.size() / 2, total);
        // Columns written for employees already stored: those in the file (and the NIP-derived defaults only for new).
        List<String> diubah = new ArrayList<>();
        for (String k : kolomBerkas) {
            diubah.addAll(KOLOM_KE_DB.getOrDefault(k, List.of()));
        }
        List<JdbcPegawaiRepository.BarisUpsert> berubah =
                new ArrayList<>(repo.upsert("impor_pegawai", List.of(KOLOM_DB), diubah));
        // Atasan from the unit heads where the file leaves it empty (or has no such column for new employees), after
        // the upsert so that a head that is new in the same file counts. A stored employee that gets an atasan this
        // way is changed like any other: counted, versi incremented and audited (before → after).
        Set<String> sudahBerubah =
                berubah.stream().map(JdbcPegawaiRepository.BarisUpsert::nip).collect(Collectors.toSet());
        List<String> dapatAtasan = jdbc.sql("""
                        UPDATE pegawai.pegawai p SET atasan_nip = x.atasan,
                          versi = CASE WHEN p.nip = ANY (:sudah) THEN p.versi ELSE p.versi + 1 END,
                          diperbarui_pada = :kini
                        FROM (SELECT q.nip, (SELECT k.nip FROM pegawai.atasan_langsung(q.nip, q.unit_id, q.jabatan_id) k)
                                AS atasan
                              FROM pegawai.pegawai q JOIN impor_pegawai i ON i.nip = q.nip
                              WHERE i.atasan_nip IS NULL AND q.atasan_nip IS NULL AND q.unit_id IS NOT NULL) x
                        WHERE x.nip = p.nip AND x.atasan IS NOT NULL
                        RETURNING p.nip""")
                .param("sudah", sudahBerubah.toArray(String[]::new))
                .param("kini", OffsetDateTime.now(clock))
                .query(String.class)
                .list();
        for (String nip : dapatAtasan) {
            if (!sudahBerubah.contains(nip)) {
                berubah.add(new JdbcPegawaiRepository.BarisUpsert(nip, false));
            }
        }
        int ditambah = 0;
        List<DataDiubahMassal.Entri> entri = new ArrayList<>();
        Map<String, String> sesudah = new HashMap<>();
        Map<String, Long> opd = new HashMap<>();
        List<String> nipBerubah =
                berubah.stream().map(JdbcPegawaiRepository.BarisUpsert::nip).toList();
        for (int i = 0; i < nipBerubah.size(); i += 5000) {
            jdbc.sql("SELECT p.nip, p.opd_id, " + AUDIT_JSON + " FROM pegawai.pegawai p WHERE p.nip = ANY (?)")
                    .param(nipBerubah
                            .subList(i, Math.min(nipBerubah.size(), i + 5000))
                            .toArray(String[]::new))
                    .query((java.sql.ResultSet rs) -> {
                        sesudah.put(rs.getString(1), rs.getString(3));
                        opd.put(rs.getString(1), rs.getObject(2, Long.class));
                    });
        }
        for (var x : berubah) {
            if (x.baru()) {
                ditambah++;
            }
            entri.add(new DataDiubahMassal.Entri(
                    x.nip(), opd.get(x.nip()), x.baru() ? null : sebelum.get(x.nip()), sesudah.get(x.nip())));
        }
        if (!entri.isEmpty()) {
            events.publishEvent(new DataDiubahMassal(
                    "PEGAWAI",
                    "IMPOR",
                    "Impor pegawai: " + semua.size() + " baris dibaca, " + ditambah + " ditambah, "
                            + (berubah.size() - ditambah) + " diubah",
                    entri));
        }
        progres.laporkan(total, total);
        return new int[] {ditambah, berubah.size() - ditambah};
    }

    private void salin(List<Baris> semua) {
        SalinCopy salin = new SalinCopy(semua.size() * 200);
        for (Baris r : semua) {
            Jab j = r.jabatan();
            salin.baris(
                    r.nip(),
                    r.nama(),
                    r.gelarDepan(),
                    r.gelarBelakang(),
                    r.tempatLahir(),
                    r.tanggalLahir(),
                    r.jenisKelamin(),
                    r.tmtCpns(),
                    r.status(),
                    r.nik(),
                    r.golongan(),
                    r.tmtGolongan(),
                    j == null ? null : j.id(),
                    j == null ? null : j.unitId(),
                    j == null ? null : j.opdId(),
                    r.tmtJabatan(),
                    r.atasan(),
                    r.pendidikan(),
                    r.jurusan(),
                    r.tahunLulus(),
                    r.agama(),
                    r.perkawinan(),
                    r.disabilitas(),
                    r.aktif(),
                    r.alasanNonaktif(),
                    r.golonganPppk());
        }
        salin.kirim(dataSource, "impor_pegawai (" + String.join(", ", KOLOM_DB) + ")");
    }
}
