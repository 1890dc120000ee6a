package id.aparatur.sistem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import id.aparatur.AparaturApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The whole application on an external PostgreSQL server, configured the way an operator does it: with the environment
 * variables {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME} and {@code SPRING_DATASOURCE_PASSWORD}.
 * The server is the one {@code .ci/run} starts separately (Debian's PostgreSQL, port 55432, password authentication)
 * and announces through {@code APARATUR_UJI_DB_EKSTERNAL_URL}, {@code _USERNAME} and {@code _PASSWORD}; without them
 * the test is skipped.
 */
class BasisDataEksternalIT {

    private static final List<String> SKEMA_MODUL = List.of("organisasi", "pegawai", "kompetensi", "akses", "audit");

    @Test
    void aplikasiUtuhBerjalanDiAtasPostgresqlEksternalTanpaPostgresTertanam() throws Exception {
        String url = System.getenv("APARATUR_UJI_DB_EKSTERNAL_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "APARATUR_UJI_DB_EKSTERNAL_URL tidak di-set: uji basis data "
                        + "eksternal dilewati (.ci/run menjalankan PostgreSQL eksternal dan mengisinya)");
        String username = System.getenv().getOrDefault("APARATUR_UJI_DB_EKSTERNAL_USERNAME", "");
        String password = System.getenv().getOrDefault("APARATUR_UJI_DB_EKSTERNAL_PASSWORD", "");
        Set<Path> tertanamSebelum = PostgresTertanam.folderBerjalan();

        // The same property source type, and the same relaxed names, as real environment variables.
        var lingkungan = new SystemEnvironmentPropertySource(
                "uji-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of(
                        "SPRING_DATASOURCE_URL",
                        url,
                        "SPRING_DATASOURCE_USERNAME",
                        username,
                        "SPRING_DATASOURCE_PASSWORD",
                        password,
                        "SERVER_PORT",
                        "0"));
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(AparaturApplication.class)
                .profiles("test")
                .initializers(c -> c.getEnvironment().getPropertySources().addFirst(lingkungan))
                .run()) {

            // No embedded PostgreSQL: its configuration is off and no server was started for this context.
            assertThat(ctx.getBeanProvider(BasisDataConfiguration.class).getIfAvailable())
                    .isNull();
            assertThat(PostgresTertanam.folderBerjalan()).isEqualTo(tertanamSebelum);
            DataSource ds = ctx.getBean(DataSource.class);
            assertThat(ds.unwrap(HikariDataSource.class).getJdbcUrl()).isEqualTo(url);
            try (Connection c = ds.getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT inet_server_port(), current_database(), current_user")) {
                assertThat(rs.next()).isTrue();
                assertThat(url).contains(":" + rs.getInt(1) + "/" + rs.getString(2));
                assertThat(rs.getString(3)).isEqualTo(username);
            }

            // Flyway migrated every module schema on the external server (checked over a separate plain connection).
            try (Connection c = DriverManager.getConnection(url, username, password);
                    Statement st = c.createStatement()) {
                List<String> skema = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT schema_name FROM information_schema.schemata")) {
                    while (rs.next()) {
                        skema.add(rs.getString(1));
                    }
                }
                assertThat(skema).containsAll(SKEMA_MODUL);
                try (ResultSet rs = st.executeQuery(
                        "SELECT count(*), count(*) FILTER (WHERE NOT success) FROM public.flyway_schema_history")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("migrasi Flyway").isGreaterThanOrEqualTo(SKEMA_MODUL.size());
                    assertThat(rs.getInt(2)).as("migrasi Flyway yang gagal").isZero();
                }
            }

            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            HttpResponse<String> health =
                    http.send(get(port, "/actuator/health"), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> login = http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("id=\"form-login\"", "name=\"_csrf\"");
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
    }
}
