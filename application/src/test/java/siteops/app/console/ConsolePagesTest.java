package siteops.app.console;

import org.junit.jupiter.api.Test;
import siteops.app.testing.ApplicationTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console over plain HTTP, as a browser without scripts would use it: the sign-in form and
 * its session, CSRF on every change, the language, the forms that send the commands, and that
 * {@code /api} keeps HTTP Basic and no session.
 */
class ConsolePagesTest extends ApplicationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern REVISION = Pattern.compile("data-revision=\"(\\d+)\"");

    @Test
    void aPageAskedForWithoutASessionLeadsToTheSignInFormInFrenchByDefault() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> list = browser.get("/", null);
        assertThat(list.statusCode()).isEqualTo(302);
        assertThat(list.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));

        HttpResponse<String> signIn = browser.get("/login", null);
        assertThat(signIn.body()).contains("<html lang=\"fr\">", "Connexion", "Les dates sont affichées au format heure UTC");
        assertThat(browser.get("/login", "en-GB,en;q=0.9").body()).contains("<html lang=\"en\">", "Sign in");
        assertThat(browser.get("/login", "de-DE").body()).as("a language the console does not speak: French")
                .contains("Connexion");
    }

    @Test
    void aWrongPasswordIsSaidAndGivesNoSession() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> refused = browser.post("/login", csrfOf(browser.get("/login", null)),
                Map.of("username", "acme", "password", "wrong"), false);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(browser.get("/login?error", null).body()).contains("Login ou mot de passe incorrect.");
        assertThat(browser.get("/", null).statusCode()).isEqualTo(302);
    }

    @Test
    void aSignedInPartnerLocksAndUnlocksASiteWithTheFormsAndEveryChangeNeedsTheCsrfToken() throws Exception {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Browser browser = Browser.signedIn(this, "acme");
        HttpResponse<String> page = browser.get("/sites/" + site, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris", "Verrouiller");
        String revision = revisionOf(page);

        HttpResponse<String> withoutToken = browser.post("/sites/" + site + "/lock", null,
                Map.of("reason", "audit", "revision", revision), false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(sites.awaitSite("acme", site, detail -> true).path("status").asText()).isEqualTo("Ready");

        HttpResponse<String> locked = browser.post("/sites/" + site + "/lock", csrfOf(page),
                Map.of("reason", "audit", "revision", revision), false);
        assertThat(locked.statusCode()).as("a plain form is sent back to the site's page").isEqualTo(302);
        assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/sites/" + site);
        assertThat(sites.awaitSite("acme", site, detail -> true).path("status").asText()).isEqualTo("Locked");

        HttpResponse<String> stale = browser.post("/sites/" + site + "/unlock", csrfOf(page),
                Map.of("revision", revision), false);
        assertThat(stale.statusCode()).as("the revision the dialog showed is expected").isEqualTo(409);
        assertThat(stale.body()).contains("Le site a changé depuis l&#39;ouverture de cette fenêtre");

        HttpResponse<String> lockedPage = browser.get("/sites/" + site, null);
        HttpResponse<String> unlocked = browser.post("/sites/" + site + "/unlock", csrfOf(lockedPage),
                Map.of("revision", revisionOf(lockedPage)), true);
        assertThat(unlocked.statusCode()).isEqualTo(200);
        assertThat(unlocked.body()).as("htmx is answered the site's panel as the read side has it after the change")
                .startsWith("<section id=\"site-live\"").contains("data-status=\"Ready\"");
    }

    @Test
    void theApiKeepsHttpBasicAndNoSession() throws Exception {
        Browser browser = Browser.signedIn(this, "acme");
        assertThat(browser.get("/api/sites", null).statusCode()).as("the console's session is not an API credential")
                .isEqualTo(401);
        assertThat(api.get("acme", "/api/sites").raw().headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theLanguageSwitchIsKept() throws Exception {
        Browser browser = Browser.signedIn(this, "client");
        assertThat(browser.get("/?lang=en", "fr-FR").body()).contains("<h1>Your sites</h1>");
        assertThat(browser.get("/", "fr-FR").body()).as("the choice outweighs Accept-Language")
                .contains("<html lang=\"en\">");
        assertThat(browser.get("/?lang=fr", "en").body()).contains("<h1>Vos sites</h1>");
    }

    @Test
    void anotherPartnersSiteIsNotFound() throws Exception {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        HttpResponse<String> page = Browser.signedIn(this, "globex").get("/sites/" + site, null);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Ce site n&#39;existe pas, ou vous ne pouvez pas le voir.");
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static String revisionOf(HttpResponse<String> page) {
        Matcher matcher = REVISION.matcher(page.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** A browser without scripts: its cookies, no redirect followed. */
    private final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        static Browser signedIn(ConsolePagesTest test, String user) throws Exception {
            Browser browser = test.new Browser();
            HttpResponse<String> signedIn = browser.post("/login", csrfOf(browser.get("/login", null)),
                    Map.of("username", user, "password", user), false);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
            return browser;
        }

        HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path));
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String csrf, Map<String, String> form, boolean htmx)
                throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            if (csrf != null) {
                body = body + "&_csrf=" + encode(csrf);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (htmx) {
                request.header("HX-Request", "true");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
