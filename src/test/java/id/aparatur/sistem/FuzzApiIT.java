package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import id.aparatur.UjiApiTerpisah;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 15 item 3: fuzzes every write operation of the OpenAPI document ({@code /v3/api-docs}) under {@code /api/**}.
 * Path parameters get real demo ids (and bogus ones); each request body schema gets a plausible baseline built from the
 * schema and the demo data, and then, field by field, wrong types (text, number, boolean, object, array, null),
 * impossible dates and months, unknown enum values, NUL bytes, lone surrogates, over-long strings; per operation also a
 * 100,000-item array, deep nesting, malformed JSON, empty and wrong-typed bodies, wrong content types, and junk
 * multipart uploads. Every answer must be below 500; every 4xx an {@code application/problem+json}; every 400 must list
 * {@code errors}; an input problem must never come back as the database's 409 "kode sudah dipakai", nor as the 400
 * that only the database noticed (a value too long for its column: the field must be named). All failures are
 * collected and reported together (method, path, what was sent, status, body).
 *
 * <p>Runs as {@code bkd}; an operation whose baseline {@code bkd} may not call (403) is fuzzed as the first of
 * {@code ppk}, {@code pegawai.pendidikan}, {@code atasan.pendidikan} who may. It changes demo data at random, so it runs
 * on a database of its own ({@link UjiApiTerpisah}).
 */
@UjiApiTerpisah
class FuzzApiIT {

    private static final Logger LOG = LoggerFactory.getLogger(FuzzApiIT.class);
    private static final String SANDI = "aparatur-demo";
    private static final List<String> PENGGUNA = List.of("bkd", "ppk", "pegawai.pendidikan", "atasan.pendidikan");
    private static final String SURROGATE = "\u00a7SUR\u00a7";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    private JsonNode skema;
    private final List<String> gagal = new ArrayList<>();
    private final Map<String, Optional<Object>> idNyata = new HashMap<>();
    private int jumlah;
    private int urut;

    /** One request: what is sent and how it is described in a failure. */
    private record Kiriman(String uraian, @Nullable String jenisIsi, byte @Nullable [] isi) {}

    /** A node of a baseline body: its path (property names and array indexes) and its schema. */
    private record Daun(List<Object> segmen, JsonNode skema) {}

    @Test
    void tidakAdaMasukanYangMenjawab5xx() throws Exception {
        long mulai = System.nanoTime();
        String teks = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/api-docs-fuzz.json"), teks);
        JsonNode doc = json.readTree(teks);
        skema = doc.path("components").path("schemas");
        int operasi = 0;
        for (Map.Entry<String, JsonNode> jalur : doc.path("paths").properties()) {
            if (!jalur.getKey().startsWith("/api/")) {
                continue;
            }
            for (String metode : List.of("post", "put", "patch", "delete")) {
                JsonNode op = jalur.getValue().get(metode);
                if (op != null) {
                    operasi++;
                    fuzz(HttpMethod.valueOf(metode.toUpperCase(Locale.ROOT)), jalur.getKey(), op);
                }
            }
        }
        long detik = (System.nanoTime() - mulai) / 1_000_000_000L;
        LOG.info("Fuzz API: {} operasi tulis, {} permintaan, {} s, {} kegagalan", operasi, jumlah, detik, gagal.size());
        assertThat(operasi).as("operasi tulis di dokumen OpenAPI").isGreaterThan(50);
        assertThat(gagal)
                .as(
                        "%d dari %d permintaan dijawab salah:%n%s",
                        gagal.size(), jumlah, String.join("\n", gagal.subList(0, Math.min(200, gagal.size()))))
                .isEmpty();
    }

    private void fuzz(HttpMethod metode, String templat, JsonNode op) throws Exception {
        JsonNode isiSkema = op.path("requestBody").path("content");
        String uriNyata = uri(templat, null);
        if (isiSkema.has("multipart/form-data")) {
            fuzzMultipart(metode, templat, uriNyata);
            return;
        }
        JsonNode skemaBadan = isiSkema.path("application/json").path("schema");
        JsonNode dasar =
                isiSkema.isMissingNode() || skemaBadan.isMissingNode() ? F.objectNode() : contoh(skemaBadan, "", 0);
        RequestPostProcessor siapa = pengguna(metode, uriNyata, dasar, templat);
        List<Kiriman> kiriman = new ArrayList<>();
        kiriman.add(jsonKiriman("dasar", dasar));
        for (Map.Entry<String, Daun> isian :
                daun(dasar, skemaBadan, "", List.of()).entrySet()) {
            for (Map.Entry<String, JsonNode> m :
                    mutasi(isian.getKey(), isian.getValue().skema()).entrySet()) {
                kiriman.add(jsonKiriman(
                        isian.getKey() + " = " + m.getKey(),
                        ganti(dasar, isian.getValue().segmen(), m.getValue())));
            }
        }
        kiriman.addAll(mutasiUmum(dasar));
        for (Kiriman k : kiriman) {
            kirim(metode, uriNyata, siapa, k);
        }
        // Bogus path parameters with the baseline body
        if (templat.contains("{")) {
            for (String palsu :
                    List.of("999999999", "abc", "-1", "1.5", "x".repeat(300), "\u0000", "%", "\ud83d\ude00")) {
                kirim(
                        metode,
                        uri(templat, palsu),
                        siapa,
                        new Kiriman("jalur=" + ringkas(palsu), "application/json", json.writeValueAsBytes(dasar)));
            }
        }
    }

    private void fuzzMultipart(HttpMethod metode, String templat, String uriNyata) throws Exception {
        RequestPostProcessor bkd = httpBasic("bkd", SANDI);
        List<MockMultipartFile> berkas = List.of(
                new MockMultipartFile(
                        "file",
                        "sampah.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        new byte[] {0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 0, 0, (byte) 0xff}),
                new MockMultipartFile("file", "kosong.csv", "text/csv", new byte[0]),
                new MockMultipartFile(
                        "file",
                        "nul.csv",
                        "text/csv",
                        "NIP,Nama\n\u0000\u0000,\ud83d\n;;;\"".getBytes(StandardCharsets.UTF_8)),
                new MockMultipartFile("file", "gambar.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new MockMultipartFile("bukan-file", "x.csv", "text/csv", "a,b".getBytes(StandardCharsets.UTF_8)),
                new MockMultipartFile(
                        "file", "../../etc/passwd", "text/csv", "NIP\n1".getBytes(StandardCharsets.UTF_8)));
        for (String uri : List.of(uriNyata, uri(templat, "tidak-ada"), uri(templat, "x".repeat(300)))) {
            for (MockMultipartFile f : berkas) {
                periksa(
                        metode,
                        uri,
                        "multipart " + f.getName() + "=" + f.getOriginalFilename(),
                        multipart(metode, URI.create(uri)).file(f).with(bkd));
            }
        }
        kirim(
                metode,
                uriNyata,
                bkd,
                new Kiriman("JSON ke multipart", "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
        kirim(
                metode,
                uriNyata,
                bkd,
                new Kiriman("multipart tanpa batas", "multipart/form-data", "--x--".getBytes(StandardCharsets.UTF_8)));
    }

    /** The first user whose baseline request is not refused (403), else bkd. */
    private RequestPostProcessor pengguna(HttpMethod metode, String uri, JsonNode dasar, String templat)
            throws Exception {
        for (String u : PENGGUNA) {
            RequestPostProcessor p = httpBasic(u, SANDI);
            int status = mvc.perform(request(metode, URI.create(uri))
                            .with(p)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsBytes(dasar)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 403) {
                LOG.info("Fuzz {} {} sebagai {}: dasar {}", metode, templat, u, status);
                return p;
            }
        }
        LOG.info("Fuzz {} {}: dasar 403 untuk semua pengguna uji", metode, templat);
        return httpBasic("bkd", SANDI);
    }

    private Kiriman jsonKiriman(String uraian, JsonNode isi) {
        String teks = json.writeValueAsString(isi).replace(SURROGATE, "\\ud800");
        return new Kiriman(uraian, "application/json", teks.getBytes(StandardCharsets.UTF_8));
    }

    private List<Kiriman> mutasiUmum(JsonNode dasar) {
        List<Kiriman> k = new ArrayList<>();
        Consumer<String> tambah =
                s -> k.add(new Kiriman("badan " + ringkas(s), "application/json", s.getBytes(StandardCharsets.UTF_8)));
        for (String s : List.of(
                "",
                "   ",
                "{",
                "{\"a\":",
                "null",
                "[]",
                "[{}]",
                "\"teks\"",
                "12",
                "true",
                "{}",
                "}{",
                "{\"a\":1}{\"b\":2}",
                "{\"a\":1,\"a\":2}",
                "[" + "1,".repeat(99_999) + "1]",
                "[".repeat(2000) + "]".repeat(2000),
                "{\"x\":" + "{\"x\":".repeat(100) + "1" + "}".repeat(101),
                "{\"n\":1" + "0".repeat(5000) + "}",
                "{\"n\":1e999999}",
                "{\"\u0000\":1}",
                "\ufeff{}")) {
            tambah.accept(s);
        }
        // a huge array in place of the first array of the body (or as the body)
        List<Object> larik = pertamaLarik(dasar, List.of());
        if (larik != null) {
            ArrayNode besar = F.arrayNode();
            for (int i = 0; i < 100_000; i++) {
                besar.add(i);
            }
            k.add(jsonKiriman(larik + " = 100.000 butir", ganti(dasar, larik, besar)));
        }
        byte[] sah = json.writeValueAsBytes(dasar);
        k.add(new Kiriman("text/plain", "text/plain", sah));
        k.add(new Kiriman("tanpa Content-Type", null, sah));
        k.add(new Kiriman("application/xml", "application/xml", "<a><b>1</b></a>".getBytes(StandardCharsets.UTF_8)));
        k.add(new Kiriman("form", "application/x-www-form-urlencoded", "a=1&b=%00".getBytes(StandardCharsets.UTF_8)));
        k.add(new Kiriman("Content-Type rusak", "application/", sah));
        k.add(new Kiriman(
                "UTF-8 rusak", "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xc3, 0x28, '"', '}'
                }));
        k.add(new Kiriman("charset lain", "application/json;charset=UTF-16", sah));
        return k;
    }

    private void kirim(HttpMethod metode, String uri, RequestPostProcessor siapa, Kiriman k) throws Exception {
        MockHttpServletRequestBuilder b = request(metode, URI.create(uri)).with(siapa);
        if (k.jenisIsi() != null) {
            b.contentType(k.jenisIsi());
        }
        if (k.isi() != null) {
            b.content(k.isi());
        }
        periksa(metode, uri, k.uraian(), b);
    }

    private void periksa(
            HttpMethod metode, String uri, String uraian, org.springframework.test.web.servlet.RequestBuilder b) {
        jumlah++;
        MockHttpServletResponse r;
        try {
            r = mvc.perform(b).andReturn().getResponse();
        } catch (Exception e) {
            gagal.add(metode + " " + uri + " [" + uraian + "] → pengecualian " + e);
            return;
        }
        int s = r.getStatus();
        String badan;
        try {
            badan = r.getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            badan = "?";
        }
        String masalah = null;
        if (s >= 500) {
            masalah = "status " + s;
        } else if (s >= 400) {
            String jenis = r.getContentType();
            if (jenis == null
                    || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(jenis))) {
                masalah = "status " + s + " tanpa application/problem+json (" + jenis + ")";
            } else if (s == 400 && !badan.contains("\"errors\":[{")) {
                masalah = "400 tanpa errors";
            } else if (s == 409 && badan.contains("misalnya kode sudah dipakai")) {
                masalah = "409 integritas basis data untuk masukan";
            } else if (s == 400 && badan.contains("tidak dapat disimpan")) {
                masalah = "400 dari basis data tanpa nama isian";
            }
        }
        if (masalah != null) {
            gagal.add(metode + " " + ringkas(uri) + " [" + uraian + "] → " + masalah + ": " + ringkas(badan));
        }
    }

    // ---- baseline bodies from the schema and the demo data

    private JsonNode resolusi(JsonNode s) {
        JsonNode n = s;
        for (int i = 0; i < 10 && n.has("$ref"); i++) {
            String ref = n.get("$ref").asString();
            n = skema.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String gabung : List.of("allOf", "oneOf", "anyOf")) {
            if (n.has(gabung) && n.get(gabung).size() > 0) {
                for (JsonNode pilihan : n.get(gabung)) {
                    JsonNode r = resolusi(pilihan);
                    if (!"null".equals(jenis(r))) {
                        return r;
                    }
                }
            }
        }
        return n;
    }

    private static String jenis(JsonNode s) {
        JsonNode t = s.get("type");
        if (t != null && t.isArray()) {
            for (JsonNode x : t) {
                if (!"null".equals(x.asString())) {
                    return x.asString();
                }
            }
            return "null";
        }
        if (t != null) {
            return t.asString();
        }
        if (s.has("properties") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return s.has("enum") ? "string" : "";
    }

    private JsonNode contoh(JsonNode s0, String nama, int dalam) {
        JsonNode s = resolusi(s0);
        if (s.has("enum") && s.get("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        String n = nama.toLowerCase(Locale.ROOT);
        return switch (jenis(s)) {
            case "string" -> F.stringNode(teksContoh(n, s.path("format").asString("")));
            case "integer" -> F.numberNode(bilanganContoh(nama, n));
            case "number" -> F.numberNode(1.0);
            case "boolean" -> F.booleanNode(true);
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (dalam < 6) {
                    a.add(contoh(s.path("items"), nama, dalam + 1));
                }
                yield a;
            }
            case "object", "" -> {
                ObjectNode o = F.objectNode();
                if (dalam < 6) {
                    s.path("properties")
                            .properties()
                            .forEach(e -> o.set(e.getKey(), contoh(e.getValue(), e.getKey(), dalam + 1)));
                    JsonNode tambahan = s.get("additionalProperties");
                    if (tambahan != null && tambahan.isObject()) {
                        o.set("M.01", contoh(tambahan, "", dalam + 1));
                    }
                }
                yield o;
            }
            default -> F.nullNode();
        };
    }

    private String teksContoh(String n, String format) {
        LocalDate kemarin = LocalDate.now().minusDays(1);
        if (format.equals("date") || n.startsWith("tanggal") || n.startsWith("tmt")) {
            return n.equals("tmtcpns") ? "2020-01" : kemarin.toString();
        }
        if (format.equals("date-time")) {
            return kemarin + "T08:00:00+07:00";
        }
        if (n.equals("nip") || n.endsWith("nip")) {
            return String.valueOf(idNyata("pegawai", "nip").orElse("198609262015051001"));
        }
        if (n.equals("mulai")) {
            return "01:00";
        }
        if (n.equals("selesai")) {
            return "01:30";
        }
        if (n.equals("bulan")) {
            return kemarin.toString().substring(0, 7);
        }
        if (n.contains("bukti") || n.contains("url")) {
            return "https://arsip.contoh.go.id/uji.pdf";
        }
        if (n.equals("golongan")) {
            return "III/a";
        }
        if (n.equals("kode")) {
            return "FZ-" + (++urut);
        }
        return "Uji fuzz " + (++urut);
    }

    private long bilanganContoh(String nama, String n) {
        if (n.equals("versi")) {
            return 0;
        }
        if (n.equals("tahun")) {
            return LocalDate.now().getYear();
        }
        if (n.equals("periodeke") || n.equals("urutan") || n.equals("uraiantugaske")) {
            return 1;
        }
        if (n.equals("kelas")) {
            return 7;
        }
        if (n.equals("level")) {
            return 2;
        }
        if (n.endsWith("id") && n.length() > 2) {
            Object id = idNyata(nama.substring(0, nama.length() - 2), "id").orElse(1L);
            return ((Number) id).longValue();
        }
        return 1;
    }

    /** The smallest value of {@code kolom} in the table named like {@code sumber} (camelCase or kebab-case). */
    private Optional<Object> idNyata(String sumber, String kolom) {
        String tabel =
                sumber.replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_').toLowerCase(Locale.ROOT);
        return idNyata.computeIfAbsent(tabel + "." + kolom, k -> {
            List<String> skemaDb =
                    jdbc.sql("""
                    SELECT c.table_schema FROM information_schema.columns c
                    WHERE c.table_name = ? AND c.column_name = ? AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                    ORDER BY c.table_schema LIMIT 1""").params(tabel, kolom).query(String.class).list();
            if (skemaDb.isEmpty()) {
                return Optional.empty();
            }
            return jdbc.sql("SELECT " + kolom + " FROM " + skemaDb.get(0) + "." + tabel + " ORDER BY " + kolom
                            + " LIMIT 1")
                    .query((rs, i) -> rs.getObject(1))
                    .optional()
                    .map(v -> v instanceof String t ? (Object) t.strip() : v);
        });
    }

    /** The path with each parameter filled from the demo data, or with {@code palsu}. */
    private String uri(String templat, @Nullable String palsu) {
        Map<String, Object> nilai = new LinkedHashMap<>();
        String[] bagian = templat.split("/");
        for (int i = 0; i < bagian.length; i++) {
            if (bagian[i].startsWith("{")) {
                String nama = bagian[i].substring(1, bagian[i].length() - 1);
                Object v = palsu;
                if (v == null) {
                    String sebelum = i > 0 ? bagian[i - 1] : "";
                    v = switch (nama) {
                        case "nip" -> idNyata("pegawai", "nip").orElse("198609262015051001");
                        case "kode" -> idNyata("kompetensi", "kode").orElse("M.01");
                        case "jenis" -> "pegawai";
                        case "tahun" -> LocalDate.now().getYear();
                        case "periodeKe" -> 1;
                        case "opdId" -> idNyata("opd", "id").orElse(1L);
                        case "pesertaId" -> idNyata("peserta", "id").orElse(1L);
                        case "anggotaId" ->
                            idNyata("pansel", "id")
                                    .or(() -> idNyata("anggota_pansel", "id"))
                                    .orElse(1L);
                        default ->
                            idNyata(
                                            switch (sebelum) {
                                                case "seleksi-terbuka" -> "seleksi";
                                                case "koreksi" -> "usulan_koreksi";
                                                default -> sebelum;
                                            },
                                            "id")
                                    .orElse(1L);
                    };
                }
                nilai.put(nama, v);
            }
        }
        return UriComponentsBuilder.fromPath(templat)
                .buildAndExpand(nilai)
                .encode()
                .toUriString();
    }

    // ---- mutations

    /** The leaves (and containers) of the baseline, by path, with their schema. */
    private Map<String, Daun> daun(JsonNode nilai, JsonNode s0, String jalur, List<Object> segmen) {
        Map<String, Daun> hasil = new LinkedHashMap<>();
        JsonNode s = s0.isMissingNode() ? s0 : resolusi(s0);
        if (!segmen.isEmpty()) {
            hasil.put(jalur, new Daun(segmen, s));
        }
        if (nilai.isObject()) {
            for (Map.Entry<String, JsonNode> e : nilai.properties()) {
                JsonNode anak = s.path("properties").path(e.getKey());
                if (anak.isMissingNode()) {
                    anak = s.path("additionalProperties");
                }
                List<Object> lanjut = new ArrayList<>(segmen);
                lanjut.add(e.getKey());
                hasil.putAll(daun(e.getValue(), anak, jalur.isEmpty() ? e.getKey() : jalur + "." + e.getKey(), lanjut));
            }
        } else if (nilai.isArray() && !nilai.isEmpty()) {
            List<Object> lanjut = new ArrayList<>(segmen);
            lanjut.add(0);
            hasil.putAll(daun(nilai.get(0), s.path("items"), jalur + "[0]", lanjut));
        }
        return hasil;
    }

    private Map<String, JsonNode> mutasi(String jalur, JsonNode s) {
        Map<String, JsonNode> m = new LinkedHashMap<>();
        String t = s.isMissingNode() ? "" : jenis(s);
        String nama = jalur.replaceAll(".*[.\\]]", "").toLowerCase(Locale.ROOT);
        m.put("null", F.nullNode());
        m.put("objek", F.objectNode().put("x", 1));
        m.put("larik", F.arrayNode().add(1).add("dua"));
        switch (t) {
            case "string" -> {
                m.put("bilangan", F.numberNode(12345));
                m.put("boolean", F.booleanNode(true));
                m.put("kosong", F.stringNode(""));
                m.put("NUL", F.stringNode("a\u0000b"));
                m.put("surrogate", F.stringNode("a" + SURROGATE + "b"));
                m.put("100.000 karakter", F.stringNode("x".repeat(100_000)));
                m.put("5.000 karakter", F.stringNode("y".repeat(5_000)));
                m.put("spasi", F.stringNode("   "));
                if (s.has("enum")) {
                    m.put("enum tidak ada", F.stringNode("TIDAK_ADA"));
                    m.put(
                            "enum huruf kecil",
                            F.stringNode(s.get("enum").get(0).asString().toLowerCase(Locale.ROOT)));
                }
                if ("date".equals(s.path("format").asString(""))
                        || nama.startsWith("tanggal")
                        || nama.startsWith("tmt")
                        || nama.equals("bulan")) {
                    for (String d : List.of(
                            "2026-02-30",
                            "2020-13",
                            "2020-00",
                            "2020-00-10",
                            "2020-13-01",
                            "31-12-2026",
                            "2026-1-1",
                            "99999-01-01")) {
                        m.put("tanggal " + d, F.stringNode(d));
                    }
                }
                if (nama.equals("mulai") || nama.equals("selesai")) {
                    m.put("jam 25:00", F.stringNode("25:00"));
                }
                if (nama.contains("bukti")) {
                    m.put("javascript:", F.stringNode("javascript:alert(1)"));
                }
            }
            case "integer", "number" -> {
                m.put("teks", F.stringNode("abc"));
                m.put("pecahan", F.numberNode(1.5));
                m.put("raksasa", F.numberNode(new java.math.BigInteger("99999999999999999999999")));
                m.put("melebihi int", F.numberNode(2_147_483_648L));
                m.put("negatif", F.numberNode(-1));
                m.put("nol", F.numberNode(0));
                m.put("boolean", F.booleanNode(false));
                m.put("kosong", F.stringNode(""));
            }
            case "boolean" -> {
                m.put("teks", F.stringNode("ya"));
                m.put("bilangan", F.numberNode(2));
            }
            case "array" -> {
                m.put("teks", F.stringNode("x"));
                m.put("bilangan", F.numberNode(5));
                m.put("larik null", F.arrayNode().addNull());
                m.put("larik kosong", F.arrayNode());
            }
            default -> {
                m.put("teks", F.stringNode("x"));
                m.put("bilangan", F.numberNode(5));
            }
        }
        return m;
    }

    private static @Nullable List<Object> pertamaLarik(JsonNode n, List<Object> segmen) {
        if (n.isArray()) {
            return segmen;
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                List<Object> lanjut = new ArrayList<>(segmen);
                lanjut.add(e.getKey());
                List<Object> j = pertamaLarik(e.getValue(), lanjut);
                if (j != null) {
                    return j;
                }
            }
        }
        return null;
    }

    /** A copy of {@code dasar} with the node at {@code segmen} replaced ({@code []} replaces the whole body). */
    private static JsonNode ganti(JsonNode dasar, List<Object> segmen, JsonNode nilai) {
        if (segmen.isEmpty()) {
            return nilai;
        }
        JsonNode salinan = dasar.deepCopy();
        JsonNode n = salinan;
        for (Object b : segmen.subList(0, segmen.size() - 1)) {
            n = b instanceof Integer i ? n.get(i) : n.get((String) b);
        }
        Object akhir = segmen.get(segmen.size() - 1);
        if (akhir instanceof Integer i) {
            ((ArrayNode) n).set(i, nilai);
        } else {
            ((ObjectNode) n).set((String) akhir, nilai);
        }
        return salinan;
    }

    private static String ringkas(String s) {
        String t = s.replace("\u0000", "\\0").replace("\n", " ");
        return t.length() > 160 ? t.substring(0, 160) + "…(" + t.length() + ")" : t;
    }
}
