package siteops.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The sites a run works on, registered through the API (setup: not timed as a scenario). */
final class Fleet {

    static final String BASE_VERSION = "2020.3";
    /** The partner and the client of the sites' first number, and the users who read as them. */
    static final String SEEN_PARTNER = "partner-0";
    static final String SEEN_CLIENT = "client-0";
    private static final int BATCH = 500;
    /** Batches share the partners' accounts and wait for one another: more clients would only queue. */
    private static final int REGISTERING_CLIENTS = 2;

    private final Http http;
    private final FleetShape shape;
    private final List<String> siteIds = Collections.synchronizedList(new ArrayList<>());
    private boolean organisationsCreated;

    Fleet(Http http, FleetShape shape) {
        this.http = http;
        this.shape = shape;
    }

    /**
     * The application's users for a run: its operator, and a partner and a client whose share of
     * the fleet is the shape's (a partner sees one site in {@code partners}).
     */
    static List<String> userArguments() {
        return List.of(
                "--siteops.security.users[0].name=operator", "--siteops.security.users[0].password={noop}operator",
                "--siteops.security.users[0].role=OPERATOR",
                "--siteops.security.users[1].name=" + SEEN_PARTNER,
                "--siteops.security.users[1].password={noop}" + SEEN_PARTNER,
                "--siteops.security.users[1].role=PARTNER", "--siteops.security.users[1].organisation=" + SEEN_PARTNER,
                "--siteops.security.users[2].name=" + SEEN_CLIENT,
                "--siteops.security.users[2].password={noop}" + SEEN_CLIENT,
                "--siteops.security.users[2].role=CLIENT", "--siteops.security.users[2].organisation=" + SEEN_CLIENT);
    }

    void publish(String version, String releasedOn) {
        int status = http.post("/api/versions", """
                {"product": "Sage 100", "version": "%s", "releasedOn": "%s", "kind": "FULL"}
                """.formatted(version, releasedOn)).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not publish " + version + ": " + status);
        }
    }

    /**
     * Registers sites until there are {@code total}, a batch of {@value #BATCH} per request
     * ({@code POST /api/site-registrations}); answers the registrations per second.
     */
    double growTo(int total, int companies, ReadModels readModels) throws InterruptedException {
        createOrganisations();
        int first = siteIds.size();
        String companyList = IntStream.rangeClosed(1, companies).mapToObj(c -> "\"COMPANY-" + c + "\"")
                .collect(Collectors.joining(","));
        int batches = (total - first + BATCH - 1) / BATCH;
        long start = System.nanoTime();
        Load.Result requests = Load.run(REGISTERING_CLIENTS, batches, batch -> {
            int from = first + batch * BATCH;
            String sites = IntStream.range(from, Math.min(total, from + BATCH))
                    .mapToObj(number -> site(number, companyList))
                    .collect(Collectors.joining(",", "{\"sites\": [", "]}"));
            Http.Answer answer = http.post("/api/site-registrations", sites);
            if (answer.status() == 201) {
                answer.body().path("sites").forEach(site -> siteIds.add(site.path("siteId").asText()));
            }
            return answer;
        }, 201);
        if (requests.unexpected() > 0) {
            throw new IllegalStateException(requests.unexpected() + " batches of registrations failed");
        }
        double perSecond = (total - first) / ((System.nanoTime() - start) / 1e9);
        addHistory(siteIds.subList(first, siteIds.size()));
        readModels.awaitCaughtUp(Duration.ofMinutes(10));
        return perSecond;
    }

    /** The shape's history for each of these sites: lock and unlock, two events a round. */
    private void addHistory(List<String> sites) {
        List<String> newSites = List.copyOf(sites);
        int rounds = shape.historyPerSite() / 2;
        if (rounds == 0 || newSites.isEmpty()) {
            return;
        }
        Load.Result requests = Load.run(8, newSites.size(), site -> {
            String siteId = newSites.get(site);
            Http.Answer unlocked = null;
            for (int round = 0; round < rounds; round++) {
                http.post("/api/sites/" + siteId + "/lock", "{\"reason\": \"benchmark\"}").expect(200);
                unlocked = http.post("/api/sites/" + siteId + "/unlock", "");
            }
            return unlocked;
        }, 200);
        if (requests.unexpected() > 0) {
            throw new IllegalStateException(requests.unexpected() + " lock or unlock requests failed");
        }
    }

    /** The partners and the clients the sites are registered for: a site needs a client of its partner. */
    private void createOrganisations() {
        if (organisationsCreated) {
            return;
        }
        for (int partner = 0; partner < shape.partners(); partner++) {
            createOrganisation("partner-" + partner, "PARTNER", null);
            for (int client = 0; client < shape.clientsPerPartner(); client++) {
                createOrganisation("client-" + clientNumber(partner, client), "CLIENT", "partner-" + partner);
            }
        }
        organisationsCreated = true;
    }

    private void createOrganisation(String id, String kind, String partnerId) {
        String partner = partnerId == null ? "null" : "\"" + partnerId + "\"";
        int status = http.post("/api/organisations", """
                {"organisationId": "%s", "name": "%s", "kind": "%s", "partnerId": %s}
                """.formatted(id, id, kind, partner)).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not create organisation " + id + ": " + status);
        }
    }

    private int clientNumber(int partner, int client) {
        return partner * shape.clientsPerPartner() + client;
    }

    /** "SITE-0000042", or, for long names, followed by words up to the shape's length. */
    private String name(int number) {
        String name = String.format("SITE-%07d", number);
        StringBuilder longName = new StringBuilder(name);
        while (longName.length() < shape.nameLength()) {
            longName.append(" Société d'exploitation des établissements");
        }
        return shape.nameLength() <= name.length() ? name : longName.substring(0, shape.nameLength()).trim();
    }

    private String site(int number, String companyList) {
        return """
                {"name": "%8$s", "product": "Sage 100", "edition": "%2$s", "version": "%3$s",
                 "plan": "Normal", "type": "%4$s", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "SN-%1$07d", "partnerId": "partner-%5$d", "clientId": "client-%6$d",
                 "companies": [%7$s]}
                """.formatted(number, number % 2 == 0 ? "Premium" : "Essentials", BASE_VERSION,
                number % 3 == 0 ? "Production" : "Staging", number % shape.partners(),
                clientNumber(number % shape.partners(), number / shape.partners() % shape.clientsPerPartner()),
                companyList, name(number));
    }

    List<String> siteIds() {
        return List.copyOf(siteIds);
    }
}
