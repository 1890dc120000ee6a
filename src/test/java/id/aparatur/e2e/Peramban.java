package id.aparatur.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests, driven through {@code /usr/bin/chromedriver} given explicitly (never
 * Selenium Manager), with its own throw-away profile folder. Skips the test when Chromium is missing, unless {@code CI}
 * is set (then it must run).
 */
public final class Peramban implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Screenshots and failure evidence. */
    public static final Path FOLDER_GAMBAR = Path.of("target", "e2e");

    private final WebDriver driver;
    private final Path profil;

    private Peramban(WebDriver driver, Path profil) {
        this.driver = driver;
        this.profil = profil;
    }

    public static Peramban mulai() throws IOException {
        return mulai(1400, 1000);
    }

    public static Peramban mulai(int lebar, int tinggi) throws IOException {
        return mulai(lebar, tinggi, false);
    }

    /**
     * Like {@link #mulai(int, int)}; the console log is always kept ({@link #logKonsol()}), and with {@code jaringan}
     * also Chromium's network events ({@link #logJaringan()}).
     */
    public static Peramban mulai(int lebar, int tinggi, boolean jaringan) throws IOException {
        String ci = System.getenv("CI");
        assumeTrue(
                Files.isExecutable(CHROMIUM) || (ci != null && !ci.isBlank()),
                "/usr/bin/chromium tidak ada (apt-get install chromium chromium-driver): uji peramban dilewati");
        // Belt and braces: a driver path in the system property as well as in the service, never Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profil = Files.createTempDirectory("aparatur-chromium-");
        Files.createDirectories(FOLDER_GAMBAR);
        ChromeOptions opsi = new ChromeOptions();
        opsi.setBinary(CHROMIUM.toFile());
        opsi.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=" + lebar + "," + tinggi,
                "--user-data-dir=" + profil.toAbsolutePath());
        LoggingPreferences log = new LoggingPreferences();
        log.enable(LogType.BROWSER, Level.ALL);
        if (jaringan) {
            log.enable(LogType.PERFORMANCE, Level.ALL);
        }
        opsi.setCapability("goog:loggingPrefs", log);
        ChromeDriverService layanan = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(layanan, opsi);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Peramban(driver, profil);
    }

    public WebDriver driver() {
        return driver;
    }

    /** The console messages (errors, warnings, CSP violations) since the last call. */
    public List<String> logKonsol() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(e -> e.getLevel() + " " + e.getMessage())
                .toList();
    }

    /** Chromium's DevTools network events (JSON, one per entry) since the last call; needs {@code jaringan}. */
    public List<String> logJaringan() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Scrolls {@code by} into the middle of the view and clicks it once it is clickable. */
    public void klik(By by, WebDriverWait tunggu) {
        WebElement e = tunggu.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        tunggu.until(ExpectedConditions.elementToBeClickable(e)).click();
    }

    /** Logs in through the login form at {@code basis} (e.g. {@code http://localhost:1234}) and waits for the page. */
    public void masuk(String basis, String akun, String sandi, WebDriverWait tunggu) {
        driver.get(basis + "/login");
        tunggu.until(ExpectedConditions.visibilityOfElementLocated(By.id("form-login")));
        driver.findElement(By.id("username")).sendKeys(akun);
        driver.findElement(By.id("password")).sendKeys(sandi);
        WebElement form = driver.findElement(By.id("form-login"));
        java.util.List<WebElement> tombol = form.findElements(By.cssSelector("[type=submit]"));
        if (tombol.isEmpty()) {
            form.submit();
        } else {
            tombol.get(0).click();
        }
        tunggu.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        tunggu.until(ExpectedConditions.presenceOfElementLocated(By.tagName("nav")));
    }

    /** Forgets the session (the next page asks for a login). */
    public void keluar() {
        driver.manage().deleteAllCookies();
    }

    /** A screenshot of the window as {@code target/e2e/<nama>.png}. */
    public void gambar(String nama) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), FOLDER_GAMBAR.resolve(nama + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot of the whole page (the window stretched to the page height, at most 6,000 px). */
    public void gambarPenuh(String nama) throws IOException {
        Dimension semula = driver.manage().window().getSize();
        Number tinggi =
                (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new Dimension(semula.getWidth(), Math.min(6000, tinggi.intValue() + 150)));
        try {
            gambar(nama);
        } finally {
            driver.manage().window().setSize(semula);
        }
    }

    /** Failure evidence: a screenshot and the page source as {@code target/e2e/<nama>.png|.html}; never throws. */
    public void simpanBukti(String nama) {
        try {
            gambar(nama);
            Files.writeString(
                    FOLDER_GAMBAR.resolve(nama + ".html"),
                    driver.getPageSource(),
                    java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ignored) {
            // evidence only
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> isi = Files.walk(profil)) {
            isi.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
