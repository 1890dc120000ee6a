package id.aparatur.sistem;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.util.ClassUtils;

/**
 * The message for a value that is not of the expected type, said in terms of what is expected ("Harus berupa bilangan
 * bulat.", "Tanggal tidak sah; ..."), for JSON body items and for query and path parameters alike.
 */
final class PesanTipe {

    private PesanTipe() {}

    static MessageSourceResolvable untuk(Class<?> jenis) {
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(jenis);
        if (t.isEnum()) {
            String pilihan = Arrays.stream(t.getEnumConstants())
                    .map(e -> ((Enum<?>) e).name())
                    .collect(Collectors.joining(", "));
            return pesan("validasi.tipe.pilihan", pilihan);
        }
        String kode;
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
            kode = "validasi.tipe.bilangan-bulat";
        } else if (Number.class.isAssignableFrom(t)) {
            kode = "validasi.tipe.bilangan";
        } else if (t == Boolean.class) {
            kode = "validasi.tipe.boolean";
        } else if (CharSequence.class.isAssignableFrom(t) || t == Character.class) {
            kode = "validasi.tipe.teks";
        } else if (t == LocalDate.class) {
            kode = "validasi.tipe.tanggal";
        } else if (t == YearMonth.class) {
            kode = "validasi.tipe.bulan";
        } else if (t == Year.class) {
            kode = "validasi.tipe.tahun";
        } else if (t == LocalTime.class) {
            kode = "validasi.tipe.jam";
        } else if (Temporal.class.isAssignableFrom(t)) {
            kode = "validasi.tipe.waktu";
        } else if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            kode = "validasi.tipe.larik";
        } else if (Map.class.isAssignableFrom(t) || !t.getName().startsWith("java.")) {
            kode = "validasi.tipe.objek";
        } else {
            kode = "validasi.tipe.nilai";
        }
        return pesan(kode);
    }

    static MessageSourceResolvable pesan(String kode, Object... argumen) {
        return new DefaultMessageSourceResolvable(new String[] {kode}, argumen.length == 0 ? null : argumen, kode);
    }
}
