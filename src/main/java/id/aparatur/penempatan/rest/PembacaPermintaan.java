package id.aparatur.penempatan.rest;

import id.aparatur.penempatan.mesin.Aturan;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.MasalahTidakValidException;
import id.aparatur.penempatan.mesin.MasalahTidakValidException.Galat;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.shared.Nip;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads the optimisation request straight from the token stream into the engine's records: one pass, no tree, no
 * reflection, strings shared (jenjang, rumpun, codes). Every structural fault (missing field, wrong type, invalid NIP)
 * is collected with its location; the engine's own validation (duplicates, unknown references, ranges, negative
 * numbers) is added when compiling, so one 400 names every offending item. Unknown fields are ignored.
 */
final class PembacaPermintaan {

    static final JsonFactory JSON = new JsonFactory();

    private final JsonParser p;
    private final Function<String, String> pesanNip;
    private final List<Galat> galat = new ArrayList<>();
    private final Map<String, String> kumpulan = new HashMap<>();

    private PembacaPermintaan(JsonParser p, Function<String, String> pesanNip) {
        this.p = p;
        this.pesanNip = pesanNip;
    }

    /**
     * Reads, validates and compiles the request.
     *
     * @param pesanNip resolves the message keys of {@link Nip#periksa}
     * @throws MasalahTidakValidException naming every offending item (also for malformed JSON)
     */
    static Instans kompilasi(InputStream masuk, Function<String, String> pesanNip) {
        PembacaPermintaan r;
        Masalah m;
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), masuk)) {
            r = new PembacaPermintaan(p, pesanNip);
            m = r.bacaAkar();
        } catch (StreamReadException e) {
            var lok = e.getLocation();
            String di = lok == null ? "$" : "baris " + lok.getLineNr() + ", kolom " + lok.getColumnNr();
            throw new MasalahTidakValidException(
                    List.of(new Galat(di, "json-rusak", "JSON tidak dapat dibaca: " + e.getOriginalMessage())));
        } catch (JacksonException e) {
            throw new MasalahTidakValidException(
                    List.of(new Galat("$", "json-rusak", "JSON tidak dapat dibaca: " + e.getOriginalMessage())));
        }
        Instans in;
        try {
            in = Instans.kompilasi(m);
        } catch (MasalahTidakValidException e) {
            throw r.galat.isEmpty() ? e : new MasalahTidakValidException(gabung(r.galat, e.galat()));
        } catch (RuntimeException e) {
            // the placeholders of broken items may trip the engine; the structural faults already say why
            if (r.galat.isEmpty()) {
                throw e;
            }
            throw new MasalahTidakValidException(r.galat);
        }
        if (!r.galat.isEmpty()) {
            throw new MasalahTidakValidException(r.galat);
        }
        return in;
    }

    /**
     * Structural faults first, then the engine's, minus those about an item or field the structural check already
     * named (a missing NIP is reported once, not also as the engine's "nip-kosong").
     */
    static List<Galat> gabung(List<Galat> struktur, List<Galat> mesin) {
        Set<String> lokasi = new HashSet<>();
        struktur.forEach(g -> lokasi.add(g.lokasi()));
        List<Galat> hasil = new ArrayList<>(struktur);
        for (Galat g : mesin) {
            if (!dicakup(g.lokasi(), lokasi)) {
                hasil.add(g);
            }
        }
        return hasil;
    }

    private static boolean dicakup(String l, Set<String> lokasi) {
        if (lokasi.contains(l)) {
            return true;
        }
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if ((c == '.' || (c == ' ' && i + 1 < l.length() && l.charAt(i + 1) == '('))
                    && lokasi.contains(l.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    private String bagi(String s) {
        String ada = kumpulan.putIfAbsent(s, s);
        return ada == null ? s : ada;
    }

    private void salah(String lokasi, String kode, String pesan) {
        galat.add(new Galat(lokasi, kode, pesan));
    }

    private static String jenis(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "objek";
            case START_ARRAY -> "larik";
            case VALUE_STRING -> "teks";
            case VALUE_NUMBER_INT -> "bilangan bulat";
            case VALUE_NUMBER_FLOAT -> "bilangan pecahan";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /** Reports a wrong type for the current token and skips its value. */
    private void tipeSalah(String lokasi, String harap) {
        JsonToken t = p.currentToken();
        salah(lokasi, "tipe-salah", "Harus " + harap + ", bukan " + jenis(t));
        p.skipChildren();
    }

    private Masalah bacaAkar() {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw new MasalahTidakValidException(List.of(new Galat(
                    "$",
                    "tipe-salah",
                    "Badan permintaan harus objek JSON, bukan " + (t == null ? "kosong" : jenis(t)))));
        }
        Bobot bobot = Bobot.BAKU;
        List<JabatanMasukan> jabatan = null;
        List<PegawaiMasukan> pegawai = null;
        Aturan aturan = Aturan.TANPA;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String nama = p.currentName();
            JsonToken v = p.nextToken();
            switch (nama) {
                case "bobot" -> bobot = bacaBobot(v);
                case "jabatan" -> jabatan = bacaDaftar(v, "jabatan", this::bacaJabatan);
                case "pegawai" -> pegawai = bacaDaftar(v, "pegawai", this::bacaPegawai);
                case "aturan" -> aturan = bacaAturan(v);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            salah("$", "json-rusak", "Ada isi setelah objek JSON");
        }
        if (jabatan == null) {
            salah("jabatan", "wajib-diisi", "Daftar jabatan wajib diisi");
            jabatan = List.of();
        }
        if (pegawai == null) {
            salah("pegawai", "wajib-diisi", "Daftar pegawai wajib diisi");
            pegawai = List.of();
        }
        return new Masalah(bobot, jabatan, pegawai, aturan);
    }

    @FunctionalInterface
    private interface PembacaButir<T> {
        T baca(int i, JsonToken t);
    }

    private <T> @Nullable List<T> bacaDaftar(JsonToken t, String nama, PembacaButir<T> butir) {
        if (t != JsonToken.START_ARRAY) {
            tipeSalah(nama, "larik");
            return List.of();
        }
        List<T> hasil = new ArrayList<>();
        int i = 0;
        JsonToken e;
        while ((e = p.nextToken()) != JsonToken.END_ARRAY && e != null) {
            hasil.add(butir.baca(i++, e));
        }
        return hasil;
    }

    private Bobot bacaBobot(JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return Bobot.BAKU;
        }
        if (t != JsonToken.START_OBJECT) {
            tipeSalah("bobot", "objek");
            return Bobot.BAKU;
        }
        long sk = Bobot.SELISIH_KELAS_BAKU;
        long dm = Bobot.DILUAR_MINAT_BAKU;
        long pi = Bobot.PINDAH_BAKU;
        long td = Bobot.TIDAK_DITEMPATKAN_BAKU;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String nama = p.currentName();
            p.nextToken();
            switch (nama) {
                case "selisihKelas" -> sk = panjang("bobot.selisihKelas", sk);
                case "diluarMinat" -> dm = panjang("bobot.diluarMinat", dm);
                case "pindah" -> pi = panjang("bobot.pindah", pi);
                case "tidakDitempatkan" -> td = panjang("bobot.tidakDitempatkan", td);
                default -> p.skipChildren();
            }
        }
        return new Bobot(sk, dm, pi, td);
    }

    /** A long at the current token; null keeps the default. */
    private long panjang(String lokasi, long baku) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return baku;
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            tipeSalah(lokasi, "bilangan bulat");
            return baku;
        }
        if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            salah(lokasi, "di-luar-rentang", "Bilangan terlalu besar: " + p.getString());
            return baku;
        }
        return p.getLongValue();
    }

    /**
     * Item-level fault collector: locations get the item's id once it is known. The field being read is set with
     * {@link #di}; its location string is only built when something is wrong (60,000 items × 20 fields otherwise).
     */
    private final class Butir {
        private final String jenis;
        private final int indeks;

        @Nullable
        String id;

        private @Nullable List<String[]> tunda;
        private String fAwal = "";
        private int fIndeks = -1;
        private String fAkhir = "";

        Butir(String jenis, int indeks) {
            this.jenis = jenis;
            this.indeks = indeks;
        }

        Butir di(String medan) {
            return di(medan, -1, "");
        }

        /** The field {@code awal[indeks]akhir} (no brackets when indeks &lt; 0). */
        Butir di(String awal, int i, String akhir) {
            fAwal = awal;
            fIndeks = i;
            fAkhir = akhir;
            return this;
        }

        private String medan() {
            return fIndeks < 0 ? fAwal + fAkhir : fAwal + "[" + fIndeks + "]" + fAkhir;
        }

        void salah(String kode, String pesan) {
            if (tunda == null) {
                tunda = new ArrayList<>(2);
            }
            tunda.add(new String[] {medan(), kode, pesan});
        }

        void tipeSalah(String harap) {
            salah("tipe-salah", "Harus " + harap + ", bukan " + jenis(p.currentToken()));
            p.skipChildren();
        }

        void selesai() {
            if (tunda == null) {
                return;
            }
            String awalan = indeks < 0 ? jenis : jenis + "[" + indeks + "]";
            String lok = id == null || id.isBlank() ? awalan : awalan + " (" + id + ")";
            for (String[] g : tunda) {
                PembacaPermintaan.this.salah(g[0].isEmpty() ? lok : lok + "." + g[0], g[1], g[2]);
            }
        }

        @Nullable
        String teks() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_STRING) {
                tipeSalah("teks");
                return null;
            }
            return p.getString();
        }

        /** An int field; absent (null) is reported by the caller. */
        @Nullable
        Integer bulat() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                tipeSalah("bilangan bulat");
                return 0;
            }
            if (p.getNumberType() != JsonParser.NumberType.INT) {
                salah("di-luar-rentang", "Bilangan terlalu besar: " + p.getString());
                return 0;
            }
            return p.getIntValue();
        }

        @Nullable
        Long panjang() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                tipeSalah("bilangan bulat");
                return 0L;
            }
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                salah("di-luar-rentang", "Bilangan terlalu besar: " + p.getString());
                return 0L;
            }
            return p.getLongValue();
        }

        void wajib(@Nullable Object nilai) {
            if (nilai == null) {
                salah("wajib-diisi", "Isian " + medan() + " wajib diisi");
            }
        }

        /** An array of strings at the current field. */
        List<String> daftarTeks() {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NULL) {
                return List.of();
            }
            if (t != JsonToken.START_ARRAY) {
                tipeSalah("larik teks");
                return List.of();
            }
            String dasar = fAwal;
            List<String> hasil = new ArrayList<>(4);
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                String x = di(dasar, i++, "").teks();
                if (x != null) {
                    hasil.add(bagi(x));
                }
            }
            return hasil;
        }
    }

    private JabatanMasukan bacaJabatan(int i, JsonToken t) {
        Butir b = new Butir("jabatan", i);
        if (t != JsonToken.START_OBJECT) {
            b.di("").tipeSalah("objek");
            b.selesai();
            return new JabatanMasukan(null, null, 0, "", 0, List.of());
        }
        String jenjang = null;
        String rumpun = null;
        Integer kelas = null;
        Integer kuota = null;
        List<Syarat> skj = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String nama = p.currentName();
            p.nextToken();
            switch (nama) {
                case "id" -> b.id = b.di("id").teks();
                case "jenjang" -> jenjang = b.di("jenjang").teks();
                case "kelas" -> kelas = b.di("kelas").bulat();
                case "rumpun" -> rumpun = b.di("rumpun").teks();
                case "kuota" -> kuota = b.di("kuota").bulat();
                case "standarKompetensi" -> skj = bacaSkj(b);
                default -> p.skipChildren();
            }
        }
        b.di("id").wajib(b.id);
        b.di("jenjang").wajib(jenjang);
        b.di("kelas").wajib(kelas);
        b.di("kuota").wajib(kuota);
        b.selesai();
        return new JabatanMasukan(
                b.id,
                jenjang == null ? null : bagi(jenjang),
                kelas == null ? 0 : kelas,
                rumpun == null ? "" : bagi(rumpun),
                kuota == null ? 0 : kuota,
                skj == null ? List.of() : skj);
    }

    private List<Syarat> bacaSkj(Butir b) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            b.di("standarKompetensi").tipeSalah("larik");
            return List.of();
        }
        List<Syarat> hasil = new ArrayList<>();
        int s = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int si = s++;
            if (p.currentToken() != JsonToken.START_OBJECT) {
                b.di("standarKompetensi", si, "").tipeSalah("objek");
                continue;
            }
            String kode = null;
            Integer level = null;
            Long bobot = null;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String nama = p.currentName();
                p.nextToken();
                switch (nama) {
                    case "kode" -> kode = b.di("standarKompetensi", si, ".kode").teks();
                    case "level" ->
                        level = b.di("standarKompetensi", si, ".level").bulat();
                    case "bobot" ->
                        bobot = b.di("standarKompetensi", si, ".bobot").panjang();
                    default -> p.skipChildren();
                }
            }
            b.di("standarKompetensi", si, ".kode").wajib(kode);
            b.di("standarKompetensi", si, ".level").wajib(level);
            b.di("standarKompetensi", si, ".bobot").wajib(bobot);
            if (kode != null && level != null && bobot != null) {
                hasil.add(new Syarat(bagi(kode), level, bobot));
            }
        }
        return hasil;
    }

    private PegawaiMasukan bacaPegawai(int i, JsonToken t) {
        Butir b = new Butir("pegawai", i);
        if (t != JsonToken.START_OBJECT) {
            b.di("").tipeSalah("objek");
            b.selesai();
            return new PegawaiMasukan(null, null, 0, null, List.of(), Map.of());
        }
        String jenjang = null;
        Integer kelas = null;
        String saatIni = null;
        List<String> minat = List.of();
        Map<String, Integer> kompetensi = Map.of();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String nama = p.currentName();
            p.nextToken();
            switch (nama) {
                case "nip" -> b.id = b.di("nip").teks();
                case "jenjang" -> jenjang = b.di("jenjang").teks();
                case "kelas" -> kelas = b.di("kelas").bulat();
                case "jabatanSaatIni" -> saatIni = b.di("jabatanSaatIni").teks();
                case "minatRumpun" -> minat = b.di("minatRumpun").daftarTeks();
                case "kompetensi" -> kompetensi = bacaKompetensi(b);
                default -> p.skipChildren();
            }
        }
        b.di("nip").wajib(b.id);
        b.di("jenjang").wajib(jenjang);
        b.di("kelas").wajib(kelas);
        if (b.id != null && !b.id.isBlank()) {
            List<String> langgar = Nip.periksa(b.id);
            if (!langgar.isEmpty()) {
                b.di("nip")
                        .salah(
                                "nip-tidak-sah",
                                String.join(" ", langgar.stream().map(pesanNip).toList()));
            }
        }
        b.selesai();
        return new PegawaiMasukan(
                b.id, jenjang == null ? null : bagi(jenjang), kelas == null ? 0 : kelas, saatIni, minat, kompetensi);
    }

    private Map<String, Integer> bacaKompetensi(Butir b) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (t != JsonToken.START_OBJECT) {
            b.di("kompetensi").tipeSalah("objek {kode: level}");
            return Map.of();
        }
        Map<String, Integer> hasil = new HashMap<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String kode = p.currentName();
            p.nextToken();
            Integer lv = b.di("kompetensi.", -1, kode).bulat();
            if (lv == null) {
                b.salah("tipe-salah", "Level " + kode + " harus bilangan bulat 0–5, bukan null");
            } else if (hasil.put(kode, lv) != null) {
                b.salah("kode-ganda", "Kompetensi " + kode + " muncul dua kali");
            }
        }
        return hasil;
    }

    private Aturan bacaAturan(JsonToken t) {
        if (t == JsonToken.VALUE_NULL) {
            return Aturan.TANPA;
        }
        if (t != JsonToken.START_OBJECT) {
            tipeSalah("aturan", "objek");
            return Aturan.TANPA;
        }
        Butir b = new Butir("aturan", -1);
        boolean rumpunSama = false;
        Map<String, String> dikunci = new LinkedHashMap<>();
        Set<String> exP = new LinkedHashSet<>();
        Set<String> exJ = new LinkedHashSet<>();
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String nama = p.currentName();
            JsonToken v = p.nextToken();
            switch (nama) {
                case "rumpunSama" -> {
                    if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
                        rumpunSama = v == JsonToken.VALUE_TRUE;
                    } else if (v != JsonToken.VALUE_NULL) {
                        b.di("rumpunSama").tipeSalah("boolean");
                    }
                }
                case "dikunci" -> {
                    if (v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                            String n = p.currentName();
                            p.nextToken();
                            String j = b.di("dikunci.", -1, n).teks();
                            if (j != null) {
                                dikunci.put(n, j);
                            }
                        }
                    } else if (v != JsonToken.VALUE_NULL) {
                        b.di("dikunci").tipeSalah("objek {nip: id jabatan}");
                    }
                }
                case "pegawaiDikecualikan" ->
                    exP.addAll(b.di("pegawaiDikecualikan").daftarTeks());
                case "jabatanDikecualikan" ->
                    exJ.addAll(b.di("jabatanDikecualikan").daftarTeks());
                default -> p.skipChildren();
            }
        }
        b.selesai();
        return new Aturan(rumpunSama, dikunci, exP, exJ);
    }
}
