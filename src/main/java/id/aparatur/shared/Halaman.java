package id.aparatur.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, serialised as {@code {"content": [...], "page": {"size", "number", "totalElements",
 * "totalPages"}}}.
 */
public record Halaman<T>(List<T> content, Info page) {

    public record Info(int size, int number, long totalElements, int totalPages) {}

    public static <T> Halaman<T> of(List<T> isi, int nomor, int ukuran, long total) {
        int halaman = ukuran == 0 ? 0 : (int) ((total + ukuran - 1) / ukuran);
        return new Halaman<>(List.copyOf(isi), new Info(ukuran, nomor, total, halaman));
    }

    public <R> Halaman<R> map(Function<T, R> fungsi) {
        return new Halaman<>(content.stream().map(fungsi).toList(), page);
    }

    public boolean adaSebelumnya() {
        return page.number() > 0;
    }

    public boolean adaBerikutnya() {
        return page.number() + 1 < page.totalPages();
    }
}
