package id.aparatur.akses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A raw HTTP/1.1 client for tests against the real server that need what Java's HTTP client will not do: send a
 * foreign {@code Host} header, or come from another loopback address (127.0.0.x), so that login throttling tests do
 * not touch the 127.0.0.1 every other test uses. HTTP/1.1 (with {@code Connection: close}), because Tomcat answers an
 * HTTP/1.0 client with absolute redirects, as HTTP/1.0 required.
 */
public final class HttpMentah {

    /** An answer: status line code, header lines, body (de-chunked). */
    public record Jawaban(int status, List<String> header, String isi) {
        public @Nullable String header(String nama) {
            String awalan = nama.toLowerCase(Locale.ROOT) + ":";
            return header.stream()
                    .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(awalan))
                    .map(h -> h.substring(awalan.length()).strip())
                    .findFirst()
                    .orElse(null);
        }
    }

    private final int port;
    private final String host;
    private final @Nullable InetAddress dari;

    /**
     * @param host the Host header to send
     * @param dari the local address to connect from (null: the system's choice, 127.0.0.1)
     */
    public HttpMentah(int port, String host, @Nullable String dari) throws IOException {
        this.port = port;
        this.host = host;
        this.dari = dari == null ? null : InetAddress.getByName(dari);
    }

    public Jawaban kirim(String metode, String path, Map<String, String> header, @Nullable String form)
            throws IOException {
        try (Socket s = dari == null
                ? new Socket("127.0.0.1", port)
                : new Socket(InetAddress.getByName("127.0.0.1"), port, dari, 0)) {
            StringBuilder r =
                    new StringBuilder(metode + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
            header.forEach((k, v) -> r.append(k).append(": ").append(v).append("\r\n"));
            byte[] isi = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                r.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(isi.length)
                        .append("\r\n");
            }
            r.append("\r\n");
            OutputStream o = s.getOutputStream();
            o.write(r.toString().getBytes(StandardCharsets.ISO_8859_1));
            o.write(isi);
            o.flush();
            byte[] semua = s.getInputStream().readAllBytes();
            int batas = 0;
            while (!(semua[batas] == '\r'
                    && semua[batas + 1] == '\n'
                    && semua[batas + 2] == '\r'
                    && semua[batas + 3] == '\n')) {
                batas++;
            }
            String[] baris = new String(semua, 0, batas, StandardCharsets.ISO_8859_1).split("\r\n");
            List<String> h = new ArrayList<>(List.of(baris).subList(1, baris.length));
            byte[] badan = java.util.Arrays.copyOfRange(semua, batas + 4, semua.length);
            boolean chunked = h.stream().anyMatch(x -> x.equalsIgnoreCase("Transfer-Encoding: chunked"));
            return new Jawaban(
                    Integer.parseInt(baris[0].split(" ")[1]),
                    h,
                    new String(chunked ? tanpaChunk(badan) : badan, StandardCharsets.UTF_8));
        }
    }

    /** GET {@code path} with HTTP Basic credentials. */
    public Jawaban basic(String path, String akun, String sandi) throws IOException {
        String kredensial =
                java.util.Base64.getEncoder().encodeToString((akun + ":" + sandi).getBytes(StandardCharsets.UTF_8));
        return kirim("GET", path, Map.of("Authorization", "Basic " + kredensial), null);
    }

    /** The body of a chunked answer: hex size CRLF, data CRLF, ..., a zero-size chunk at the end. */
    private static byte[] tanpaChunk(byte[] b) {
        ByteArrayOutputStream hasil = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int akhir = i;
            while (b[akhir] != '\r') {
                akhir++;
            }
            int ukuran = Integer.parseInt(
                    new String(b, i, akhir - i, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
            if (ukuran == 0) {
                break;
            }
            hasil.write(b, akhir + 2, ukuran);
            i = akhir + 2 + ukuran + 2;
        }
        return hasil.toByteArray();
    }
}
