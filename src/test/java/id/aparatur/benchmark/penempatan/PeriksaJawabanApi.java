package id.aparatur.benchmark.penempatan;

import id.aparatur.benchmark.penempatan.GeneratorInstans.InstansUji;
import id.aparatur.benchmark.penempatan.GeneratorInstans.Keluarga;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks an answer of {@code POST /api/v1/penempatan/optimasi} without trusting the server: regenerates the instance
 * from family, size and seed (and checks it is byte for byte the request body that was sent), reads the placement and
 * the certificate from the answer and checks them with {@link PemeriksaanJawaban} (the costs and total recomputed, then
 * the engine's independent certificate checker over every allowed pair). Prints one short verdict; exits with 1 when the answer is wrong.
 *
 * <pre>
 * java -cp ... id.aparatur.benchmark.penempatan.PeriksaJawabanApi --keluarga=realistis --ukuran=3000 --seed=20261128 \
 *     --permintaan=target/benchmark/penempatan/penempatan-realistis-3000.json --jawaban=jawaban.json
 * </pre>
 */
public final class PeriksaJawabanApi {

    private PeriksaJawabanApi() {}

    public static void main(String[] args) throws IOException {
        Map<String, String> o = new HashMap<>();
        for (String a : args) {
            int i = a.indexOf('=');
            o.put(a.substring(2, i), a.substring(i + 1));
        }
        PrintStream out = System.out;
        InstansUji ins = GeneratorInstans.buat(
                Keluarga.valueOf(o.get("keluarga").toUpperCase(Locale.ROOT)),
                Long.parseLong(o.get("seed")),
                Integer.parseInt(o.get("ukuran")));
        if (o.containsKey("permintaan") && !sha256(ins.json()).equals(sha256(Path.of(o.get("permintaan"))))) {
            out.println("GAGAL: the request body is not the instance of this seed and size");
            System.exit(1);
        }
        Instans in = Instans.kompilasi(ins.masalah());
        JsonNode j =
                JsonMapper.builder().build().readTree(Path.of(o.get("jawaban")).toFile());
        try {
            HasilOptimasi h = hasil(in, j);
            long pasangan = PemeriksaanJawaban.periksa(h);
            out.printf(
                    Locale.ROOT,
                    "ok: feasible, total recomputed, certificate holds (PemeriksaSertifikat, %,d pairs)%n",
                    pasangan);
        } catch (IllegalStateException e) {
            out.println("GAGAL: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The answer as an engine result over the regenerated instance. */
    static HasilOptimasi hasil(Instans in, JsonNode j) {
        int nE = in.jumlahPegawai();
        int[] p = new int[nE];
        Arrays.fill(p, HasilOptimasi.TIDAK_DITEMPATKAN);
        long[] biaya = new long[nE];
        Arrays.fill(biaya, in.bobot().tidakDitempatkan());
        boolean[] disebut = new boolean[nE];
        for (JsonNode x : j.get("penempatan")) {
            int e = indeksPegawai(in, x.get("nip").asString());
            int jab = in.indeksJabatan(x.get("jabatan").asString());
            if (jab < 0 || disebut[e]) {
                throw new IllegalStateException(
                        "penempatan tidak sah untuk " + x.get("nip").asString());
            }
            disebut[e] = true;
            p[e] = jab;
            biaya[e] = x.get("biaya").asLong();
            if (biaya[e] != in.biaya(e, jab)) {
                throw new IllegalStateException("biaya " + in.nip(e) + " " + biaya[e] + " ≠ " + in.biaya(e, jab));
            }
        }
        for (JsonNode x : j.get("tidakDitempatkan")) {
            int e = indeksPegawai(in, x.asString());
            if (disebut[e]) {
                throw new IllegalStateException(in.nip(e) + " ditempatkan dan juga tidak ditempatkan");
            }
            disebut[e] = true;
        }
        for (int e = 0; e < nE; e++) {
            if (!disebut[e]) {
                throw new IllegalStateException("pegawai " + in.nip(e) + " tidak disebut dalam jawaban");
            }
        }
        JsonNode s = j.get("sertifikat");
        long[] u = new long[nE];
        for (int e = 0; e < nE; e++) {
            u[e] = wajib(s.get("potensialPegawai"), in.nip(e)).asLong();
        }
        long[] v = new long[in.jumlahJabatan()];
        for (int jab = 0; jab < v.length; jab++) {
            v[jab] = wajib(s.get("potensialJabatan"), in.idJabatan(jab)).asLong();
        }
        return new HasilOptimasi(
                in,
                p,
                biaya,
                j.get("totalBiaya").asLong(),
                u,
                v,
                s.get("nilaiDual").asLong(),
                new HasilOptimasi.Statistik(0, 0, 0, 0, 0, 0));
    }

    private static JsonNode wajib(JsonNode peta, String kunci) {
        JsonNode x = peta.get(kunci);
        if (x == null) {
            throw new IllegalStateException("sertifikat tanpa potensial untuk " + kunci);
        }
        return x;
    }

    private static int indeksPegawai(Instans in, String nip) {
        int e = in.indeksPegawai(nip);
        if (e < 0) {
            throw new IllegalStateException("NIP tidak dikenal dalam jawaban: " + nip);
        }
        return e;
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(digest().digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static String sha256(Path p) throws IOException {
        MessageDigest md = digest();
        try (InputStream is = Files.newInputStream(p)) {
            byte[] buf = new byte[1 << 16];
            for (int r; (r = is.read(buf)) > 0; ) {
                md.update(buf, 0, r);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
