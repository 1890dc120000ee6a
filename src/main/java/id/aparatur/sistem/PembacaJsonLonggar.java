package id.aparatur.sistem;

import com.fasterxml.jackson.annotation.Nulls;
import id.aparatur.sistem.ProblemApi.GalatIsian;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.ClassUtil;

/**
 * Reads a JSON request body so that one answer can name every offending item instead of the first one Jackson trips
 * over. The body is parsed into a tree first (malformed JSON is named with its line and column); every string of the
 * tree is checked (no NUL, no lone surrogate, at most {@code teksMaksimal} characters), every array (at most
 * {@code elemenMaksimal} items) and the nesting depth; then the tree is bound to the target type with a
 * {@link DeserializationProblemHandler} that records each type, format, enum or date problem with its JSON path
 * ({@code pegawai[3].kelas}, {@code [0].tanggal}) and carries on with a null (or zero) in its place. A problem Jackson
 * cannot carry on from (a number too large for its type, an unreadable map key) is recorded, the offending item is
 * dropped from the tree, and the binding is repeated. An object sent where a list is expected is read as a list of one.
 *
 * <p>The caller (the {@code @RequestBody} resolver) adds bean-validation errors for the paths not already named and
 * rejects the request if anything was found; the bound value is never used when there is a problem.
 */
final class PembacaJsonLonggar {

    /** Most errors listed in one answer. */
    static final int BATAS_GALAT = 1000;

    /** Most problems that end a binding (each is followed by a new attempt without the offending item). */
    private static final int BATAS_ULANG = 50;

    private static final PencatatMasalah PENCATAT = new PencatatMasalah();

    /** What was read: the value (null when nothing usable) and every problem, with the paths they name. */
    record Hasil(@Nullable Object nilai, List<GalatIsian> galat, Set<String> jalur) {

        /** True if {@code field} is, or lies inside, a path already named by a problem. */
        boolean tercakup(String field) {
            if (jalur.contains(ProblemApi.AKAR) && !galat.isEmpty()) {
                return true;
            }
            for (String j : jalur) {
                if (field.equals(j) || field.startsWith(j + ".") || field.startsWith(j + "[")) {
                    return true;
                }
            }
            return false;
        }
    }

    private final ObjectMapper json;
    private final int teksMaksimal;
    private final int elemenMaksimal;
    private final int kedalamanMaksimal;

    PembacaJsonLonggar(ObjectMapper json, int teksMaksimal, int elemenMaksimal, int kedalamanMaksimal) {
        // A null item of a list or map (also "" read as null) is an error at its path, never a null in the value.
        this.json = json.rebuild()
                .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
                .build();
        this.teksMaksimal = teksMaksimal;
        this.elemenMaksimal = elemenMaksimal;
        this.kedalamanMaksimal = kedalamanMaksimal;
    }

    JavaType tipe(java.lang.reflect.Type t) {
        return json.constructType(t);
    }

    Hasil baca(byte[] isi, JavaType tipe, boolean wajib) {
        Kumpulan k = new Kumpulan();
        if (kosong(isi)) {
            if (wajib) {
                k.tambah(ProblemApi.AKAR, PesanTipe.pesan("validasi.json.kosong"));
            }
            return k.hasil(null);
        }
        JsonNode pohon;
        try {
            pohon = json.readTree(isi);
        } catch (StreamConstraintsException e) {
            k.tambah(ProblemApi.AKAR, PesanTipe.pesan("validasi.json.batas"));
            return k.hasil(null);
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            k.tambah(
                    e.processor() instanceof JsonParser p ? jalur(p.streamReadContext()) : ProblemApi.AKAR,
                    PesanTipe.pesan(
                            "validasi.json.tidak-sah", l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr()));
            return k.hasil(null);
        }
        periksa(pohon, "", 0, k);
        Class<?> raw = tipe.getRawClass();
        if (pohon == null || pohon.isNull() || pohon.isMissingNode()) {
            if (wajib) {
                k.tambah(ProblemApi.AKAR, PesanTipe.pesan("validasi.json.kosong"));
            }
            return k.hasil(null);
        }
        if (JsonNode.class.isAssignableFrom(raw)) {
            if (!raw.isInstance(pohon)) {
                k.tambah(ProblemApi.AKAR, PesanTipe.untuk(pohon.isArray() ? Map.class : List.class));
                return k.hasil(null);
            }
            return k.hasil(pohon);
        }
        if ((tipe.isCollectionLikeType() || tipe.isArrayType()) && pohon.isObject()) {
            pohon = json.createArrayNode().add(pohon);
        }
        return k.hasil(ikat(pohon, tipe, k));
    }

    private static boolean kosong(byte[] isi) {
        for (byte b : isi) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** Strings, array sizes and depth, with the path of each offending node. */
    private void periksa(JsonNode n, String jalur, int dalam, Kumpulan k) {
        if (k.penuh()) {
            return;
        }
        if (n.isString()) {
            String s = n.stringValue();
            String kode = null;
            if (s.length() > teksMaksimal) {
                k.tambah(jalurAtauAkar(jalur), PesanTipe.pesan("validasi.teks.terlalu-panjang", teksMaksimal));
                return;
            }
            for (int i = 0; i < s.length() && kode == null; i++) {
                char c = s.charAt(i);
                if (c == '\u0000') {
                    kode = "validasi.teks.nul";
                } else if (Character.isHighSurrogate(c)) {
                    if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        i++;
                    } else {
                        kode = "validasi.teks.surrogate";
                    }
                } else if (Character.isLowSurrogate(c)) {
                    kode = "validasi.teks.surrogate";
                }
            }
            if (kode != null) {
                k.tambah(jalurAtauAkar(jalur), PesanTipe.pesan(kode));
            }
            return;
        }
        if (!n.isContainer()) {
            return;
        }
        if (dalam >= kedalamanMaksimal) {
            k.tambah(jalurAtauAkar(jalur), PesanTipe.pesan("validasi.json.terlalu-dalam", kedalamanMaksimal));
            return;
        }
        if (n.isArray()) {
            if (n.size() > elemenMaksimal) {
                k.tambah(jalurAtauAkar(jalur), PesanTipe.pesan("validasi.larik.terlalu-banyak", elemenMaksimal));
                return;
            }
            for (int i = 0; i < n.size(); i++) {
                periksa(n.get(i), jalur + "[" + i + "]", dalam + 1, k);
            }
        } else {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                periksa(e.getValue(), jalur.isEmpty() ? e.getKey() : jalur + "." + e.getKey(), dalam + 1, k);
            }
        }
    }

    private static String jalurAtauAkar(String jalur) {
        return jalur.isEmpty() ? ProblemApi.AKAR : jalur;
    }

    private @Nullable Object ikat(JsonNode pohon, JavaType tipe, Kumpulan k) {
        // A missing or null primitive is its zero value (bean validation names it where zero is not allowed).
        ObjectReader r = json.readerFor(tipe)
                .withHandler(PENCATAT)
                .without(
                        DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        for (int ulang = 0; ; ulang++) {
            List<GalatIsian> ember = new ArrayList<>();
            try {
                Object v = r.withAttribute(PencatatMasalah.KUNCI, ember).readValue(pohon);
                ember.forEach(k::tambah);
                return v;
            } catch (JacksonException e) {
                k.tambah(jalur(e.getPath()), pesan(e));
                if (ulang >= BATAS_ULANG || !buang(pohon, e.getPath())) {
                    ember.forEach(k::tambah);
                    return null;
                }
            }
        }
    }

    private static MessageSourceResolvable pesan(JacksonException e) {
        if (e instanceof InputCoercionException) {
            return PesanTipe.pesan("validasi.bilangan.rentang");
        }
        if (e instanceof StreamConstraintsException) {
            return PesanTipe.pesan("validasi.json.batas");
        }
        if (e instanceof tools.jackson.databind.exc.InvalidNullException) {
            return PesanTipe.pesan("validasi.wajib");
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return PesanTipe.untuk(m.getTargetType());
        }
        return PesanTipe.pesan("validasi.tipe.nilai");
    }

    /** Drops the node at {@code jalur} (a property) or nulls it (an array item); false if there is nothing to drop. */
    private static boolean buang(JsonNode pohon, List<JacksonException.Reference> jalur) {
        if (jalur.isEmpty()) {
            return false;
        }
        JsonNode n = pohon;
        for (int i = 0; i < jalur.size() - 1 && n != null; i++) {
            JacksonException.Reference r = jalur.get(i);
            n = r.getPropertyName() != null ? n.get(r.getPropertyName()) : n.get(r.getIndex());
        }
        JacksonException.Reference akhir = jalur.get(jalur.size() - 1);
        if (n instanceof ObjectNode o && akhir.getPropertyName() != null) {
            return o.remove(akhir.getPropertyName()) != null;
        }
        if (n instanceof ArrayNode a && akhir.getIndex() >= 0 && akhir.getIndex() < a.size()) {
            // an item that is already null (a null the list refuses) goes; the items after it are named one too low
            if (a.get(akhir.getIndex()).isNull()) {
                a.remove(akhir.getIndex());
            } else {
                a.set(akhir.getIndex(), NullNode.getInstance());
            }
            return true;
        }
        return false;
    }

    static String jalur(List<JacksonException.Reference> referensi) {
        List<String> bagian = new ArrayList<>();
        for (JacksonException.Reference r : referensi) {
            if (r.getPropertyName() != null) {
                bagian.add(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                bagian.add("[" + r.getIndex() + "]");
            }
        }
        return gabung(bagian);
    }

    static String jalur(@Nullable TokenStreamContext konteks) {
        Deque<String> bagian = new ArrayDeque<>();
        for (TokenStreamContext c = konteks; c != null; c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                bagian.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.currentName() != null) {
                bagian.push(c.currentName());
            }
        }
        return gabung(bagian);
    }

    private static String gabung(Iterable<String> bagian) {
        StringBuilder sb = new StringBuilder();
        for (String b : bagian) {
            if (!b.startsWith("[") && !sb.isEmpty()) {
                sb.append('.');
            }
            sb.append(b);
        }
        return sb.isEmpty() ? ProblemApi.AKAR : sb.toString();
    }

    /** The problems found so far; one per path, at most {@link #BATAS_GALAT}. */
    private static final class Kumpulan {
        private final List<GalatIsian> galat = new ArrayList<>();
        private final Set<String> jalur = new HashSet<>();

        void tambah(String field, MessageSourceResolvable pesan) {
            tambah(new GalatIsian(field, pesan));
        }

        void tambah(GalatIsian g) {
            if (!penuh() && jalur.add(g.field())) {
                galat.add(g);
            }
        }

        boolean penuh() {
            return galat.size() >= BATAS_GALAT;
        }

        Hasil hasil(@Nullable Object nilai) {
            return new Hasil(nilai, galat, jalur);
        }
    }

    /**
     * Records each recoverable problem in the per-call list given as the context attribute {@link #KUNCI} and answers
     * null (zero or false for a primitive) so that binding carries on. Stateless: one instance serves every request.
     */
    static final class PencatatMasalah extends DeserializationProblemHandler {

        static final Object KUNCI = PencatatMasalah.class;

        @Override
        public Object handleWeirdStringValue(
                DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg) {
            return catat(ctxt, konteks(ctxt), PesanTipe.untuk(targetType), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(
                DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg) {
            return catat(ctxt, konteks(ctxt), PesanTipe.untuk(targetType), targetType);
        }

        @Override
        public Object handleUnexpectedToken(
                DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg) {
            Object v = catat(ctxt, konteks(p), PesanTipe.untuk(targetType.getRawClass()), targetType.getRawClass());
            if (v != NOT_HANDLED) {
                lewati(p);
            }
            return v;
        }

        @Override
        public Object handleMissingInstantiator(
                DeserializationContext ctxt,
                Class<?> instClass,
                ValueInstantiator valueInsta,
                JsonParser p,
                String msg) {
            Object v = catat(ctxt, konteks(p), PesanTipe.untuk(instClass), instClass);
            if (v != NOT_HANDLED) {
                lewati(p);
            }
            return v;
        }

        @Override
        public Object handleNullForPrimitives(
                DeserializationContext ctxt,
                Class<?> targetType,
                JsonParser p,
                ValueDeserializer<?> deser,
                String failureMsg) {
            return catat(ctxt, konteks(p), PesanTipe.pesan("validasi.wajib"), targetType);
        }

        @Override
        public Object handleInstantiationProblem(
                DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) {
            if (instClass.isPrimitive()) {
                return NOT_HANDLED;
            }
            return catat(ctxt, konteks(ctxt), PesanTipe.untuk(instClass), instClass);
        }

        private static @Nullable TokenStreamContext konteks(DeserializationContext ctxt) {
            return konteks(ctxt.getParser());
        }

        /** The context that names the current value: on the opening token of an object or array, its parent's. */
        private static @Nullable TokenStreamContext konteks(@Nullable JsonParser p) {
            if (p == null) {
                return null;
            }
            TokenStreamContext c = p.streamReadContext();
            boolean pembuka = p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY;
            return pembuka && c != null ? c.getParent() : c;
        }

        private static void lewati(JsonParser p) {
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }

        @SuppressWarnings("unchecked")
        private static @Nullable Object catat(
                DeserializationContext ctxt,
                @Nullable TokenStreamContext konteks,
                MessageSourceResolvable pesan,
                Class<?> jenis) {
            Object ember = ctxt.getAttribute(KUNCI);
            if (!(ember instanceof List<?>)) {
                return NOT_HANDLED;
            }
            ((List<GalatIsian>) ember).add(new GalatIsian(jalur(konteks), pesan));
            return jenis.isPrimitive() ? ClassUtil.defaultValue(jenis) : null;
        }
    }
}
