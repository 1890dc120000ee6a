package id.aparatur.sistem;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The restore command refused or failed ({@link PemulihanCadangan}); the reason is in Indonesian for the operator.
 * Start-up then ends with just that reason instead of a stack trace ({@link Analisis}).
 */
public class PemulihanDitolakException extends RuntimeException {

    public PemulihanDitolakException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Shows the reason as "APPLICATION FAILED TO START" with what to do (registered in META-INF/spring.factories). */
    public static final class Analisis extends AbstractFailureAnalyzer<PemulihanDitolakException> {

        public Analisis() {
            // instantiated by Spring Boot from META-INF/spring.factories
        }

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, PemulihanDitolakException cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Perbaiki penyebabnya lalu ulangi perintahnya. Pemulihan "
                            + "yang dibatalkan tidak mengubah basis data yang ada; cadangan pengaman (bila sudah dibuat) ada di "
                            + "folder cadangan. Lihat docs/operasional.md, bagian \"Backup and restore\".",
                    cause);
        }
    }
}
