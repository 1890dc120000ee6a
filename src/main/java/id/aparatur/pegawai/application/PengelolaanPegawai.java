package id.aparatur.pegawai.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.pegawai.StatusKepegawaian;
import id.aparatur.pegawai.domain.AturanAtasanLangsung;
import id.aparatur.pegawai.domain.AturanPegawai;
import id.aparatur.pegawai.domain.Pegawai;
import id.aparatur.pegawai.domain.PegawaiRepository;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.NiPppk;
import id.aparatur.shared.Nip;
import id.aparatur.shared.NomorIndukPegawai;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases that change employee core data (ADMIN_BKD). The unit and OPD always follow the jabatan; the atasan
 * langsung, when not given, is the one the structure gives ({@link AturanAtasanLangsung}); a chosen one must not close
 * a cycle. Employees are never deleted: they are deactivated with a reason.
 */
@Service
@Transactional
public class PengelolaanPegawai {

    /**
     * Input of create/update. Birth date, TMT and gender default to what the NIP encodes. Unit and OPD follow the
     * jabatan: {@code unitId}/{@code opdId}, when a client sends them, must agree with it. {@code statusKepegawaian}
     * (PNS when null) decides how the number is read: a PPPK has an NI PPPK and no TMT CPNS; its birth date and gender
     * default to the digits where the NI PPPK is usually read for them, else they must be given.
     */
    public record DataPegawai(
            String nip,
            String nama,
            @Nullable String gelarDepan,
            @Nullable String gelarBelakang,
            @Nullable Character jenisKelamin,
            @Nullable LocalDate tanggalLahir,
            @Nullable YearMonth tmtCpns,
            @Nullable Long jabatanId,
            @Nullable String atasanNip,
            @Nullable Long unitId,
            @Nullable Long opdId,
            @Nullable StatusKepegawaian statusKepegawaian) {

        public DataPegawai(
                String nip,
                String nama,
                @Nullable String gelarDepan,
                @Nullable String gelarBelakang,
                @Nullable Character jenisKelamin,
                @Nullable LocalDate tanggalLahir,
                @Nullable YearMonth tmtCpns,
                @Nullable Long jabatanId,
                @Nullable String atasanNip,
                @Nullable Long unitId,
                @Nullable Long opdId) {
            this(
                    nip,
                    nama,
                    gelarDepan,
                    gelarBelakang,
                    jenisKelamin,
                    tanggalLahir,
                    tmtCpns,
                    jabatanId,
                    atasanNip,
                    unitId,
                    opdId,
                    null);
        }

        public DataPegawai(
                String nip,
                String nama,
                @Nullable String gelarDepan,
                @Nullable String gelarBelakang,
                @Nullable Character jenisKelamin,
                @Nullable LocalDate tanggalLahir,
                @Nullable YearMonth tmtCpns,
                @Nullable Long jabatanId,
                @Nullable String atasanNip) {
            this(
                    nip,
                    nama,
                    gelarDepan,
                    gelarBelakang,
                    jenisKelamin,
                    tanggalLahir,
                    tmtCpns,
                    jabatanId,
                    atasanNip,
                    null,
                    null,
                    null);
        }

        /** The status, PNS when not given. */
        public StatusKepegawaian status() {
            return statusKepegawaian == null ? StatusKepegawaian.PNS : statusKepegawaian;
        }
    }

    private final JdbcClient jdbc;
    private final PegawaiRepository repo;
    private final StrukturOrganisasi organisasi;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanPegawai(
            JdbcClient jdbc,
            PegawaiRepository repo,
            StrukturOrganisasi organisasi,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.organisasi = organisasi;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pegawai buat(DataPegawai d) {
        String teks = d.nip() == null ? "" : d.nip().replace(" ", "");
        boolean pppk = d.status() == StatusKepegawaian.PPPK;
        List<String> nipSalah = pppk ? NiPppk.periksa(teks) : Nip.periksa(teks);
        if (!nipSalah.isEmpty()) {
            // Named together with a missing name, the other rule a form can break before anything is looked up.
            List<Galat> g = new ArrayList<>(
                    nipSalah.stream().map(k -> new Galat("nip", k)).toList());
            if (d.nama() == null || d.nama().isBlank()) {
                g.add(new Galat("nama", "NotBlank"));
            }
            throw new ValidasiException(g);
        }
        NomorIndukPegawai nip = pppk ? new NiPppk(teks) : new Nip(teks);
        if (repo.muat(nip.nilai()).isPresent()) {
            throw new KonflikException("pegawai.nip.dipakai", "NIP sudah terdaftar: " + nip.nilai());
        }
        repo.tambah(susun(nip, d, true, null, 0, false, null), d.status());
        Pegawai hasil = repo.muat(nip.nilai()).orElseThrow();
        Map<String, Object> audit = audit(hasil);
        audit.put("statusKepegawaian", d.status().name());
        events.publishEvent(new DataDiubah(
                "PEGAWAI",
                nip.nilai(),
                "BUAT",
                hasil.opdId(),
                "Pegawai didaftarkan: " + hasil.namaLengkap(),
                null,
                audit));
        return hasil;
    }

    /**
     * What the registration of {@code p} leaves to check: the unconfirmed readings of an NI PPPK that disagree with the
     * recorded data (message keys, {@link AturanPegawai#ketidaksesuaianNip}); empty for a NIP, which must agree.
     */
    @Transactional(readOnly = true)
    public List<String> peringatan(Pegawai p) {
        return p.nip() instanceof NiPppk
                ? AturanPegawai.ketidaksesuaianNip(p.nip(), p.tanggalLahir(), p.tmtCpns(), p.jenisKelamin())
                : List.of();
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pegawai ubah(String nipTeks, DataPegawai d, int versi) {
        Pegawai lama = repo.muat(nipTeks).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nipTeks));
        if (!lama.nip().nilai().equals(d.nip().replace(" ", ""))) {
            throw new ValidasiException("nip", "pegawai.nip.tidak-dapat-diubah");
        }
        // Legacy data already inconsistent with the NIP stays editable (it is flagged on the profile, not blocked).
        boolean dataLama = !AturanPegawai.ketidaksesuaianNip(
                        lama.nip(), lama.tanggalLahir(), lama.tmtCpns(), lama.jenisKelamin())
                .isEmpty();
        repo.ubah(susun(lama.nip(), d, lama.aktif(), lama.alasanNonaktif(), versi, dataLama, lama.atasanNip()));
        Pegawai hasil = repo.muat(nipTeks).orElseThrow();
        events.publishEvent(new DataDiubah(
                "PEGAWAI",
                nipTeks,
                "UBAH",
                hasil.opdId(),
                "Data pegawai diubah: " + hasil.namaLengkap(),
                audit(lama),
                audit(hasil)));
        return hasil;
    }

    /**
     * The placement form of the profile: a new jabatan (required there: an empty choice of the picker is a lost click,
     * not "no position") and atasan; every other field stays as stored.
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pegawai ubahPenempatan(String nip, @Nullable Long jabatanId, @Nullable String atasanNip, int versi) {
        Pegawai p = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        if (jabatanId == null) {
            throw new ValidasiException("jabatanId", "pemilih.penempatan.jabatan-wajib");
        }
        return ubah(
                nip,
                new DataPegawai(
                        p.nip().nilai(),
                        p.nama(),
                        p.gelarDepan(),
                        p.gelarBelakang(),
                        p.jenisKelamin(),
                        p.tanggalLahir(),
                        p.tmtCpns(),
                        jabatanId,
                        atasanNip),
                versi);
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Pegawai nonaktifkan(String nip, String alasan, int versi) {
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException("alasan", "NotBlank");
        }
        Pegawai lama = repo.muat(nip).orElseThrow(() -> new DataTidakDitemukanException("Pegawai", nip));
        repo.ubah(lama.nonaktif(alasan, versi));
        Pegawai hasil = repo.muat(nip).orElseThrow();
        events.publishEvent(new DataDiubah(
                "PEGAWAI",
                nip,
                "NONAKTIFKAN",
                hasil.opdId(),
                "Pegawai dinonaktifkan: " + hasil.namaLengkap() + ". Alasan: " + alasan,
                audit(lama),
                audit(hasil)));
        return hasil;
    }

    /** @param atasanLama the recorded atasan (kept even when no longer active; a new one must be active) */
    private Pegawai susun(
            NomorIndukPegawai nip,
            DataPegawai d,
            boolean aktif,
            @Nullable String alasan,
            int versi,
            boolean dataLama,
            @Nullable String atasanLama) {
        List<Galat> g = new ArrayList<>();
        JabatanRingkas jabatan = null;
        if (d.jabatanId() != null) {
            jabatan = organisasi.jabatan(d.jabatanId()).orElse(null);
            if (jabatan == null) {
                g.add(new Galat("jabatanId", "pegawai.jabatan.tidak-dikenal"));
            } else if (!jabatan.aktif()) {
                g.add(new Galat("jabatanId", "pegawai.jabatan.nonaktif"));
            }
        }
        g.addAll(tempatMengikutiJabatan(d, jabatan));
        String atasan = d.atasanNip() == null || d.atasanNip().isBlank()
                ? null
                : d.atasanNip().replace(" ", "");
        if (atasan != null) {
            var calon = repo.muat(atasan);
            if (calon.isEmpty()) {
                g.add(new Galat("atasanNip", "pegawai.atasan.tidak-dikenal"));
            } else if (!calon.get().aktif() && !atasan.equals(atasanLama)) {
                g.add(new Galat("atasanNip", "pemilih.atasan.nonaktif"));
            } else if (membentukSiklus(nip.nilai(), atasan)) {
                g.add(new Galat("atasanNip", "pegawai.atasan.siklus"));
            }
        } else if (jabatan != null) {
            atasan = atasanDariStruktur(nip.nilai(), jabatan);
        }
        Character kelamin = d.jenisKelamin();
        LocalDate lahir = d.tanggalLahir();
        YearMonth tmtCpns = d.tmtCpns();
        if (nip instanceof Nip n) {
            kelamin = kelamin == null ? Character.valueOf(n.jenisKelamin()) : kelamin;
            lahir = lahir == null ? n.tanggalLahir() : lahir;
            tmtCpns = tmtCpns == null ? n.tmtCpns() : tmtCpns;
        } else {
            kelamin = kelamin == null ? NiPppk.jenisKelamin(nip.nilai()) : kelamin;
            lahir = lahir == null ? NiPppk.tanggalLahir(nip.nilai()) : lahir;
        }
        if (kelamin == null) {
            g.add(new Galat("jenisKelamin", "pegawai.ni-pppk.kelamin-wajib"));
        }
        if (lahir == null) {
            g.add(new Galat("tanggalLahir", "pegawai.ni-pppk.tanggal-lahir-wajib"));
        }
        if (kelamin == null || lahir == null) {
            throw new ValidasiException(g);
        }
        Pegawai p = new Pegawai(
                nip,
                d.nama() == null ? "" : d.nama().trim(),
                kosongJadiNull(d.gelarDepan()),
                kosongJadiNull(d.gelarBelakang()),
                kelamin,
                lahir,
                tmtCpns,
                jabatan == null ? null : jabatan.id(),
                jabatan == null ? null : jabatan.unitId(),
                jabatan == null ? null : jabatan.opdId(),
                atasan,
                aktif,
                alasan,
                versi);
        g.addAll(
                dataLama
                        ? AturanPegawai.periksaDataLama(p, LocalDate.now(clock))
                        : AturanPegawai.periksa(p, LocalDate.now(clock)));
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        return p;
    }

    /** Unit and OPD sent by a client must be those of the jabatan (they are never chosen on their own). */
    private static List<Galat> tempatMengikutiJabatan(DataPegawai d, @Nullable JabatanRingkas jabatan) {
        List<Galat> g = new ArrayList<>();
        if ((d.unitId() != null || d.opdId() != null) && d.jabatanId() == null) {
            g.add(new Galat("jabatanId", "pegawai.jabatan.wajib-untuk-unit"));
        }
        if (jabatan != null && d.unitId() != null && d.unitId() != jabatan.unitId()) {
            g.add(new Galat("unitId", "pegawai.unit.beda-jabatan"));
        }
        if (jabatan != null && d.opdId() != null && d.opdId() != jabatan.opdId()) {
            g.add(new Galat("opdId", "pegawai.unit.beda-jabatan"));
        }
        return g;
    }

    /** The atasan langsung the structure gives ({@link AturanAtasanLangsung}, through its SQL twin). */
    private @Nullable String atasanDariStruktur(String nip, JabatanRingkas jabatan) {
        return jdbc.sql("SELECT a.nip FROM pegawai.atasan_langsung(:nip, :unit, :jabatan) a")
                .param("unit", jabatan.unitId())
                .param("nip", nip)
                .param("jabatan", jabatan.id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** {@link AturanAtasanLangsung#membentukSiklus} on the recorded chain of atasan above the candidate. */
    private boolean membentukSiklus(String nip, String calonAtasan) {
        Map<String, String> atasan = new HashMap<>();
        String bawah = calonAtasan;
        for (String atas : jdbc.sql("SELECT trim(r.nip) FROM pegawai.rantai_atasan(?) r ORDER BY r.tingkat")
                .param(calonAtasan)
                .query(String.class)
                .list()) {
            atasan.putIfAbsent(bawah, atas);
            bawah = atas;
        }
        return AturanAtasanLangsung.membentukSiklus(nip, calonAtasan, atasan::get);
    }

    private static @Nullable String kosongJadiNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Audit payload: plain values (the NIP as text). */
    private static java.util.Map<String, Object> audit(Pegawai p) {
        var m = new java.util.LinkedHashMap<String, Object>();
        m.put("nip", p.nip().nilai());
        m.put("nama", p.nama());
        m.put("gelarDepan", p.gelarDepan());
        m.put("gelarBelakang", p.gelarBelakang());
        m.put("jenisKelamin", String.valueOf(p.jenisKelamin()));
        m.put("tanggalLahir", p.tanggalLahir().toString());
        m.put("tmtCpns", p.tmtCpns() == null ? null : p.tmtCpns().toString());
        m.put("jabatanId", p.jabatanId());
        m.put("unitId", p.unitId());
        m.put("opdId", p.opdId());
        m.put("atasanNip", p.atasanNip());
        m.put("aktif", p.aktif());
        m.put("alasanNonaktif", p.alasanNonaktif());
        return m;
    }
}
