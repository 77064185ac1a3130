package siteops.app.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import siteops.api.site.SiteIds;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.ConsoleBrowser;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The console in a real browser (Debian's Chromium), on the demo data, as the seed's users go
 * through it: a partner updates SAGE-CS and watches it reach Ready without reloading, a fault
 * rolls an update back, a client does not see another client's site, an auditor has no
 * operation buttons, and the switch to English. Screenshots of the main screens go to
 * {@code target/console-screenshots}.
 */
@TestPropertySource(properties = {
        "siteops.demo.enabled=true",
        // Slow enough that the page shows the update running between Update and Ready.
        "siteops.simulator.conversion-time=PT1S"
})
class ConsoleBrowserTest extends ApplicationTest {

    private static final String SAGE_CS = SiteIds.fromName("SAGE-CS");
    private static final String SAGE_CS_PROD = SiteIds.fromName("SAGE-CS-PROD");
    private static final LocatorAssertions.HasTextOptions LONG = new LocatorAssertions.HasTextOptions().setTimeout(60_000);
    private static final LocatorAssertions.ContainsTextOptions LONG_WAIT =
            new LocatorAssertions.ContainsTextOptions().setTimeout(60_000);

    private static ConsoleBrowser browser;

    @BeforeAll
    static void launch() {
        browser = ConsoleBrowser.launch();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void demoSitesAreThere() {
        sites.awaitSite("operator", SAGE_CS, site -> true);
        sites.awaitSite("operator", SAGE_CS_PROD, site -> true);
    }

    @Test
    void aPartnerUpdatesSageCsAndWatchesItReachReadyWithoutReloading() {
        Page page = signIn("acme", "fr-FR");
        assertThat(page.locator("h1")).hasText("Vos sites et les sites de vos clients");
        ConsoleBrowser.screenshot(page, "1-site-list");

        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("SAGE-CS").setExact(true)).click();
        Locator live = page.locator("#site-live");
        assertThat(live.locator("h1")).containsText("SAGE-CS");
        assertThat(live.locator("#field-product")).hasText("Sage 100 Premium");
        assertThat(live.locator("#field-version")).hasText("2020.3");
        assertThat(live.locator("#field-time-zone")).containsText("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris");
        assertThat(live.locator("#field-administration")).hasText("Activée");
        assertThat(live.locator("#field-serial-number")).hasText("H328128");
        assertThat(page.locator("footer")).containsText("Les dates sont affichées au format heure UTC");
        assertThat(page.locator("#operation-update")).isEnabled();
        assertThat(page.locator("#operation-migrate-product")).isDisabled();
        page.evaluate("() => window.notReloaded = true");
        ConsoleBrowser.screenshot(page, "2-site-page");

        page.locator("#operation-update").focus();
        page.keyboard().press("Enter");
        Locator dialog = page.locator("dialog[open]");
        assertThat(dialog.locator("h2")).hasText("Mise à jour");
        assertThat(dialog.locator("tbody tr").first()).containsText("2021.3 (Version complète)");
        assertThat(dialog.locator("tbody tr").first()).containsText("08/12/2021");
        assertThat(dialog.locator(".items")).hasText("Afficher les items 1 - 1 de 1");
        ConsoleBrowser.screenshot(page, "3-update-dialog");
        page.keyboard().press("Escape");
        assertThat(page.locator("dialog[open]")).hasCount(0);
        assertThat(page.locator("#operation-update")).isFocused();

        page.locator("#operation-update").click();
        dialog.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Mettre à jour vers 2021.3")).click();
        assertThat(dialog.locator("h2")).hasText("Confirmation");
        assertThat(dialog).containsText("La version va être mise à jour. Confirmez-vous le traitement ?");
        ConsoleBrowser.screenshot(page, "4-confirmation");
        dialog.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Ok")).click();

        assertThat(page.locator("dialog[open]")).hasCount(0);
        assertThat(live).hasAttribute("data-status", Pattern.compile("Update|Updating"));
        assertThat(page.locator("#operation-update")).isDisabled();
        assertThat(live.locator("#update-phase")).containsText("conversion des sociétés", LONG_WAIT);
        assertThat(live.locator("#operation-steps")).containsText("Mise à jour : étape");
        ConsoleBrowser.screenshot(page, "5-updating");

        assertThat(page.locator("#site-live[data-status=Ready] #field-version")).hasText("2021.3", LONG);
        assertThat(page.locator("#site-operations tbody tr").first()).containsText("Succès", LONG_WAIT);
        Assertions.assertThat((Boolean) page.evaluate("() => window.notReloaded === true"))
                .as("the page followed the update without being reloaded").isTrue();
        ConsoleBrowser.screenshot(page, "6-updated");
    }

    @Test
    void aConversionThatFailsRollsTheUpdateBackBeforeTheUsersEyes() {
        Assertions.assertThat(api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + SAGE_CS_PROD + "\", \"company\": \"GESCOM\"}").status()).isIn(200, 201);
        Page page = signIn("acme", "fr-FR");
        page.navigate(url("/sites/" + SAGE_CS_PROD));
        page.evaluate("() => window.notReloaded = true");
        page.locator("#operation-update").click();
        page.locator("dialog[open]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Mettre à jour vers 2021.3")).click();
        page.locator("dialog[open]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Ok")).click();

        Locator firstOperation = page.locator("#site-operations tbody tr").first();
        assertThat(firstOperation).containsText("Échec", LONG_WAIT);
        assertThat(page.locator("#site-live[data-status=Ready] #field-version")).hasText("2020.3", LONG);
        assertThat(page.locator("#site-history tbody tr").first()).containsText("Mise à jour annulée", LONG_WAIT);
        Assertions.assertThat((Boolean) page.evaluate("() => window.notReloaded === true")).isTrue();
        ConsoleBrowser.screenshot(page, "7-rolled-back");
    }

    @Test
    void aClientDoesNotSeeAnotherClientsSite() {
        Page page = signIn("bistro", "fr-FR");
        assertThat(page.locator("#site-list")).containsText("BISTRO-COMPTA");
        assertThat(page.locator("#site-list")).not().containsText("SAGE-CS");

        page.navigate(url("/sites/" + SAGE_CS));
        assertThat(page.locator("h1")).hasText("Demande refusée");
        assertThat(page.locator("main")).containsText("Ce site n'existe pas, ou vous ne pouvez pas le voir.");
    }

    @Test
    void anAuditorSeesTheSiteButNoOperationButton() {
        Page page = signIn("auditor", "fr-FR");
        page.navigate(url("/sites/" + SAGE_CS));
        assertThat(page.locator("#site-live h1")).containsText("SAGE-CS");
        assertThat(page.locator("#no-operations")).hasText(
                "Aucune opération n'est possible pour votre rôle : vous consultez ce site.");
        assertThat(page.locator("button.operation")).hasCount(0);
        ConsoleBrowser.screenshot(page, "8-auditor");
    }

    @Test
    void theSwitchTurnsTheConsoleToEnglishAndItStaysSo() {
        Page page = signIn("client", "fr-FR");
        page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("h1")).hasText("Your sites");
        page.navigate(url("/sites/" + SAGE_CS));
        assertThat(page.locator("#operation-back-up")).hasText("Back up");
        assertThat(page.locator("footer")).containsText("Dates are shown in UTC");
        assertThat(page.locator("#operation-lock")).hasCount(0);
        ConsoleBrowser.screenshot(page, "9-site-page-in-english");
    }

    private Page signIn(String user, String language) {
        Page page = browser.newPage(language);
        page.navigate(url("/"));
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("form.stacked button[type=submit]").click();
        assertThat(page.locator("#site-list")).isVisible();
        return page;
    }

    private String url(String path) {
        return "http://localhost:" + port() + path;
    }
}
