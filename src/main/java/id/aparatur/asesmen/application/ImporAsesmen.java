package id.aparatur.asesmen.application;

import static id.aparatur.asesmen.application.FormatBerkasAsesmen.*;

import id.aparatur.asesmen.SumberAsesmen;
import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.kompetensi.KamusKompetensi;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports assessments from a file in {@link FormatBerkasAsesmen}: rows with the same NIP, Tanggal, Sumber and Asesor
 * form one assessment, appended (never overwriting). An assessment already recorded with the same NIP, date, source
 * and assessor is skipped with a warning, so importing a file twice adds nothing. All-or-nothing: every row is
 * validated before anything is written.
 */
@Component
class ImporAsesmen implements Pengimpor {

    static final Locale ID = Locale.forLanguageTag("id");

    /** One assessment being built from its rows. */
    private static final class Grup {
        final String nip;
        final LocalDate tanggal;
        final SumberAsesmen sumber;
        final String asesor;

        @Nullable
        String catatan;

        @Nullable
        String bukti;

        final Map<String, Integer> level = new LinkedHashMap<>();
        final Map<String, Integer> barisKode = new HashMap<>();

        Grup(String nip, LocalDate tanggal, SumberAsesmen sumber, String asesor) {
            this.nip = nip;
            this.tanggal = tanggal;
            this.sumber = sumber;
            this.asesor = asesor;
        }

        String kunci() {
            return kunci(nip, tanggal, sumber.name(), asesor);
        }

        static String kunci(String nip, LocalDate tanggal, String sumber, String asesor) {
            return nip + '|' + tanggal + '|' + sumber + '|' + asesor.toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate tx;
    private final KamusKompetensi kamus;
    private final MessageSource pesan;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final tools.jackson.databind.ObjectMapper json;

    ImporAsesmen(
            JdbcClient jdbc,
            DataSource dataSource,
            PlatformTransactionManager tm,
            KamusKompetensi kamus,
            MessageSource pesan,
            ApplicationEventPublisher events,
            Clock clock,
            tools.jackson.databind.ObjectMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tx = new TransactionTemplate(tm);
        this.kamus = kamus;
        this.pesan = pesan;
        this.events = events;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public String jenis() {
        return "asesmen";
    }

    @Override
    public String judulKode() {
        return "asesmen.impor.judul";
    }

    @Override
    public List<KolomImpor> kolom() {
        Map<String, String> contoh = Map.of(
                NIP,
                "198609262015051001",
                TANGGAL,
                "2025-03-14",
                SUMBER,
                "ASSESSMENT_CENTER",
                ASESOR,
                "UPT Penilaian Kompetensi BKN",
                KODE,
                "M.01",
                LEVEL,
                "3",
                CATATAN,
                "Asesmen pemetaan 2025",
                BUKTI,
                "https://arsip.example.go.id/ac/2025/123.pdf");
        Set<String> wajib = Set.of(NIP, TANGGAL, SUMBER, ASESOR, KODE, LEVEL);
        return KOLOM.stream()
                .map(k -> new KolomImpor(
                        k,
                        wajib.contains(k),
                        "asesmen.impor.kolom." + k.toLowerCase(Locale.ROOT).replace(' ', '-'),
                        contoh.get(k)))
                .toList();
    }

    @Override
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public HasilImpor impor(TabelMasuk tabel, Progres progres) {
        List<String> kepala = tabel.kepala();
        List<GalatImpor> galat = new ArrayList<>();
        Set<String> dilihat = new HashSet<>();
        for (String k : kepala) {
            if (!KOLOM.contains(k)) {
                galat.add(new GalatImpor(1, k, k, teks("asesmen.impor.kolom-tidak-dikenal", String.join(", ", KOLOM))));
            } else if (!dilihat.add(k)) {
                galat.add(new GalatImpor(1, k, k, teks("asesmen.impor.kolom-ganda")));
            }
        }
        for (KolomImpor k : kolom()) {
            if (k.wajib() && !kepala.contains(k.nama())) {
                galat.add(new GalatImpor(1, k.nama(), "", teks("asesmen.impor.kolom-wajib")));
            }
        }
        if (!galat.isEmpty()) {
            throw new ImporDitolakException(galat);
        }
        Map<String, Integer> idx = new HashMap<>();
        for (int i = 0; i < kepala.size(); i++) {
            idx.put(kepala.get(i), i);
        }
        Set<String> nipTerdaftar = new HashSet<>(jdbc.sql("SELECT nip FROM pegawai.v_pegawai")
                .query(String.class)
                .list());
        Map<String, String> kodeKamus = new HashMap<>();
        kamus.semua().keySet().forEach(k -> kodeKamus.put(k.toUpperCase(Locale.ROOT), k));
        LocalDate hariIni = LocalDate.now(clock);
        Map<String, Grup> grup = new LinkedHashMap<>();
        int[] dibaca = {0};
        try (Stream<BarisMasuk> s = tabel.baris()) {
            s.forEach(b -> {
                dibaca[0]++;
                baca(b, idx, nipTerdaftar, kodeKamus, hariIni, grup, galat);
                if (dibaca[0] % 5000 == 0) {
                    progres.laporkan(dibaca[0], 0);
                }
            });
        }
        if (dibaca[0] == 0) {
            throw new ImporDitolakException(List.of(GalatImpor.berkas(teks("asesmen.impor.kosong"))));
        }
        if (!galat.isEmpty()) {
            throw new ImporDitolakException(galat);
        }
        // Assessments already recorded (same NIP, date, source, assessor) are skipped: importing twice adds nothing.
        Set<String> tersimpan = new HashSet<>();
        String[] nips = grup.values().stream().map(g -> g.nip).distinct().toArray(String[]::new);
        jdbc.sql(
                        "SELECT nip, tanggal, sumber, asesor FROM asesmen.asesmen WHERE dibatalkan_pada IS NULL AND nip = ANY (?)")
                .param(nips)
                .query((java.sql.ResultSet rs) -> {
                    tersimpan.add(Grup.kunci(
                            rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)));
                });
        List<Grup> baru = grup.values().stream()
                .filter(g -> !tersimpan.contains(g.kunci()))
                .toList();
        List<String> peringatan = new ArrayList<>();
        int dilewati = grup.size() - baru.size();
        if (dilewati > 0) {
            peringatan.add(teks("asesmen.impor.sudah-ada", dilewati));
        }
        if (!baru.isEmpty()) {
            tx.executeWithoutResult(st -> tulis(baru, progres, dibaca[0]));
        }
        progres.laporkan(1, 1);
        return new HasilImpor(dibaca[0], baru.size(), 0, peringatan);
    }

    private void baca(
            BarisMasuk b,
            Map<String, Integer> idx,
            Set<String> nipTerdaftar,
            Map<String, String> kodeKamus,
            LocalDate hariIni,
            Map<String, Grup> grup,
            List<GalatImpor> galat) {
        int n = b.nomorBaris();
        int awal = galat.size();
        String nip = sel(b, idx, NIP).replace(" ", "");
        if (nip.isEmpty()) {
            galat.add(new GalatImpor(n, NIP, "", teks("asesmen.impor.wajib-diisi")));
        } else if (!nip.matches("[0-9]{18}")) {
            galat.add(new GalatImpor(n, NIP, nip, teks("asesmen.impor.nip-format")));
        } else if (!nipTerdaftar.contains(nip)) {
            galat.add(new GalatImpor(n, NIP, nip, teks("asesmen.impor.nip-tidak-terdaftar")));
        }
        String tglTeks = sel(b, idx, TANGGAL);
        LocalDate tanggal = null;
        if (tglTeks.isEmpty()) {
            galat.add(new GalatImpor(n, TANGGAL, "", teks("asesmen.impor.wajib-diisi")));
        } else {
            tanggal = PenguraiNilai.bacaTanggal(tglTeks);
            if (tanggal == null) {
                galat.add(new GalatImpor(n, TANGGAL, tglTeks, teks("asesmen.impor.tanggal")));
            } else if (tanggal.isAfter(hariIni)) {
                galat.add(new GalatImpor(n, TANGGAL, tglTeks, teks("asesmen.tanggal.masa-depan")));
            } else if (tanggal.getYear() < 1970) {
                galat.add(new GalatImpor(n, TANGGAL, tglTeks, teks("asesmen.impor.tanggal")));
            }
        }
        String sumberTeks = sel(b, idx, SUMBER);
        SumberAsesmen sumber = null;
        if (sumberTeks.isEmpty()) {
            galat.add(new GalatImpor(n, SUMBER, "", teks("asesmen.impor.wajib-diisi")));
        } else {
            try {
                sumber = SumberAsesmen.valueOf(
                        sumberTeks.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
            } catch (IllegalArgumentException e) {
                galat.add(new GalatImpor(n, SUMBER, sumberTeks, teks("asesmen.impor.sumber")));
            }
        }
        String asesor = sel(b, idx, ASESOR);
        if (asesor.isEmpty()) {
            galat.add(new GalatImpor(n, ASESOR, "", teks("asesmen.impor.wajib-diisi")));
        } else if (asesor.length() > 200) {
            galat.add(new GalatImpor(n, ASESOR, asesor.substring(0, 60) + "…", teks("asesmen.asesor.terlalu-panjang")));
        }
        String kodeTeks = sel(b, idx, KODE);
        String kode = kodeKamus.get(kodeTeks.toUpperCase(Locale.ROOT));
        if (kodeTeks.isEmpty()) {
            galat.add(new GalatImpor(n, KODE, "", teks("asesmen.impor.wajib-diisi")));
        } else if (kode == null) {
            galat.add(new GalatImpor(n, KODE, kodeTeks, teks("asesmen.kompetensi.tidak-dikenal")));
        }
        String levelTeks = sel(b, idx, LEVEL);
        Integer level = null;
        try {
            level = Integer.valueOf(levelTeks);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (level == null || level < 1 || level > 5) {
            galat.add(new GalatImpor(n, LEVEL, levelTeks, teks("asesmen.level.rentang")));
        }
        String catatan = sel(b, idx, CATATAN);
        String bukti = sel(b, idx, BUKTI);
        if (catatan.length() > 4000) {
            galat.add(new GalatImpor(
                    n, CATATAN, catatan.substring(0, 60) + "…", teks("asesmen.impor.terlalu-panjang", 4000)));
        }
        if (bukti.length() > 500) {
            galat.add(
                    new GalatImpor(n, BUKTI, bukti.substring(0, 60) + "…", teks("asesmen.impor.terlalu-panjang", 500)));
        }
        if (galat.size() > awal) {
            return;
        }
        LocalDate tgl = tanggal;
        SumberAsesmen smb = sumber;
        Grup g = grup.computeIfAbsent(Grup.kunci(nip, tgl, smb.name(), asesor), k -> new Grup(nip, tgl, smb, asesor));
        Integer lain = g.barisKode.putIfAbsent(kode, n);
        if (lain != null) {
            galat.add(new GalatImpor(n, KODE, kodeTeks, teks("asesmen.impor.kode-ganda", lain)));
            return;
        }
        g.level.put(kode, level);
        if (g.catatan == null && !catatan.isEmpty()) {
            g.catatan = catatan;
        }
        if (g.bukti == null && !bukti.isEmpty()) {
            g.bukti = bukti;
        }
    }

    private void tulis(List<Grup> baru, Progres progres, int dibaca) {
        String oleh = SecurityContextHolder.getContext().getAuthentication() == null
                ? "sistem"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        OffsetDateTime kini = OffsetDateTime.now(clock);
        List<Long> id = jdbc.sql("SELECT nextval(pg_get_serial_sequence('asesmen.asesmen', 'id')) "
                        + "FROM generate_series(1, ?)")
                .param(baru.size())
                .query(Long.class)
                .list();
        SalinCopy a = new SalinCopy(baru.size() * 120);
        SalinCopy l = new SalinCopy(dibaca * 24);
        List<DataDiubahMassal.Entri> entri = new ArrayList<>(baru.size());
        Map<String, Long> opd = new HashMap<>();
        jdbc.sql("SELECT nip, opd_id FROM pegawai.v_pegawai WHERE nip = ANY (?)")
                .param(baru.stream().map(g -> g.nip).distinct().toArray(String[]::new))
                .query((java.sql.ResultSet rs) -> {
                    opd.put(rs.getString(1), rs.getObject(2, Long.class));
                });
        for (int i = 0; i < baru.size(); i++) {
            Grup g = baru.get(i);
            long aid = id.get(i);
            a.baris(aid, g.nip, g.tanggal, g.sumber.name(), g.asesor, g.catatan, g.bukti, kini, oleh);
            for (var e : g.level.entrySet()) {
                l.baris(aid, e.getKey(), e.getValue());
            }
            Map<String, Object> sesudah = new LinkedHashMap<>();
            sesudah.put("id", aid);
            sesudah.put("nip", g.nip);
            sesudah.put("tanggal", g.tanggal.toString());
            sesudah.put("sumber", g.sumber.name());
            sesudah.put("asesor", g.asesor);
            sesudah.put("level", g.level);
            entri.add(new DataDiubahMassal.Entri(
                    String.valueOf(aid), opd.get(g.nip), null, json.writeValueAsString(sesudah)));
        }
        a.kirim(
                dataSource,
                "asesmen.asesmen (id, nip, tanggal, sumber, asesor, catatan, bukti, dicatat_pada, dicatat_oleh)");
        progres.laporkan(2, 4);
        // The statement trigger on asesmen_level recomputes level_terkini of every NIP involved, once.
        l.kirim(dataSource, "asesmen.asesmen_level (asesmen_id, kompetensi_kode, level)");
        progres.laporkan(3, 4);
        events.publishEvent(new DataDiubahMassal(
                "ASESMEN", "IMPOR", "Impor asesmen: " + baru.size() + " asesmen, " + dibaca + " baris", entri));
    }

    private static String sel(BarisMasuk b, Map<String, Integer> idx, String kolom) {
        Integer i = idx.get(kolom);
        return i == null ? "" : b.nilai(i).trim();
    }

    private String teks(String kode, Object... arg) {
        return pesan.getMessage(kode, arg, kode, ID);
    }
}
