package siteops.app.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, which never downloads a browser of its own. Where
 * Chromium is missing the browser tests are skipped and say so, unless
 * {@code SITEOPS_BROWSER_TESTS=required} (CI sets it), where they fail. {@code SITEOPS_CHROMIUM}
 * names another executable than {@code /usr/bin/chromium}.
 */
public final class ConsoleBrowser implements AutoCloseable {

    /** Where the screenshots of the main screens go, beside the build's other output. */
    public static final Path SCREENSHOTS = Paths.get("target", "console-screenshots");

    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    private final Playwright playwright;
    private final Browser browser;

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static ConsoleBrowser launch() {
        Path chromium = Paths.get(System.getenv().getOrDefault("SITEOPS_CHROMIUM", DEFAULT_CHROMIUM));
        boolean required = "required".equals(System.getenv("SITEOPS_BROWSER_TESTS"));
        if (!Files.isExecutable(chromium)) {
            String missing = "Chromium is not installed at " + chromium + " (apt-get install chromium):"
                    + " the console's browser tests do not run";
            if (required) {
                throw new IllegalStateException(missing + ", and SITEOPS_BROWSER_TESTS=required");
            }
            System.err.println("SKIPPED: " + missing);
            Assumptions.abort(missing);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    // As root in a container there is no sandbox to enter; the network is closed, so
                    // Chromium is kept from reaching out on its own.
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            return new ConsoleBrowser(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A fresh browser profile whose user prefers {@code language} (an Accept-Language value). */
    public Page newPage(String language) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(language)
                .setExtraHTTPHeaders(Map.of("Accept-Language", language))
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
