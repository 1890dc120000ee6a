package id.aparatur;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Fires several requests (or calls) at the same instant, one thread each, released together by a barrier, and checks
 * that exactly one of them won a transition and every other one got a 409 ProblemDetail.
 */
public final class Serentak {

    /** One answer: status, content type and body. */
    public record Jawaban(
            int status, @org.jspecify.annotations.Nullable String jenis, String isi) {
        boolean menang() {
            return status >= 200 && status < 400;
        }
    }

    private Serentak() {}

    /** Runs every task at once and returns their results in the order given. */
    public static <T> List<T> jalankan(List<Callable<T>> tugas) throws Exception {
        CyclicBarrier mulai = new CyclicBarrier(tugas.size());
        ExecutorService pool = Executors.newFixedThreadPool(tugas.size());
        try {
            List<Future<T>> hasil = new ArrayList<>();
            for (Callable<T> t : tugas) {
                hasil.add(pool.submit(() -> {
                    mulai.await(10, TimeUnit.SECONDS);
                    return t.call();
                }));
            }
            List<T> semua = new ArrayList<>();
            for (Future<T> f : hasil) {
                semua.add(f.get(120, TimeUnit.SECONDS));
            }
            return semua;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends the requests at once through MockMvc. */
    public static List<Jawaban> kirim(MockMvc mvc, RequestBuilder... permintaan) throws Exception {
        List<Callable<Jawaban>> tugas = new ArrayList<>();
        for (RequestBuilder p : permintaan) {
            tugas.add(() -> {
                MockHttpServletResponse r = mvc.perform(p).andReturn().getResponse();
                return new Jawaban(r.getStatus(), r.getContentType(), r.getContentAsString());
            });
        }
        return jalankan(tugas);
    }

    /**
     * Exactly one answer is a success (2xx, or the 3xx redirect of a form post) and every other one a 409; for the API
     * ({@code problem = true}) the 409s are RFC 9457 ProblemDetails.
     *
     * @return the index of the winner
     */
    public static int satuMenang(List<Jawaban> jawaban, boolean problem) {
        List<Integer> menang = new ArrayList<>();
        for (int i = 0; i < jawaban.size(); i++) {
            if (jawaban.get(i).menang()) {
                menang.add(i);
            }
        }
        assertThat(menang).as("tepat satu permintaan menang: %s", jawaban).hasSize(1);
        for (int i = 0; i < jawaban.size(); i++) {
            if (i == menang.get(0)) {
                continue;
            }
            Jawaban j = jawaban.get(i);
            assertThat(j.status()).as("yang kalah mendapat 409: %s", j).isEqualTo(409);
            if (problem) {
                assertThat(j.jenis()).as("ProblemDetail: %s", j).startsWith("application/problem+json");
                assertThat(j.isi()).contains("\"status\":409").contains("\"title\"");
            }
        }
        return menang.get(0);
    }
}
