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
    private static final int PARTNERS = 20;
    private static final int CLIENTS = 400;
    private static final int BATCH = 500;
    /** Batches share the partners' accounts and wait for one another: more clients would only queue. */
    private static final int REGISTERING_CLIENTS = 2;

    private final Http http;
    private final List<String> siteIds = Collections.synchronizedList(new ArrayList<>());
    private boolean organisationsCreated;

    Fleet(Http http) {
        this.http = http;
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
        readModels.awaitCaughtUp(Duration.ofMinutes(10));
        return perSecond;
    }

    /** The partners and the clients the sites are registered for: a site needs a client of its partner. */
    private void createOrganisations() {
        if (organisationsCreated) {
            return;
        }
        for (int partner = 0; partner < PARTNERS; partner++) {
            createOrganisation("partner-" + partner, "PARTNER", null);
            for (int client = 0; client < CLIENTS / PARTNERS; client++) {
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

    private static int clientNumber(int partner, int client) {
        return partner * 1000 + client;
    }

    private static String site(int number, String companyList) {
        return """
                {"name": "SITE-%1$07d", "product": "Sage 100", "edition": "%2$s", "version": "%3$s",
                 "plan": "Normal", "type": "%4$s", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "SN-%1$07d", "partnerId": "partner-%5$d", "clientId": "client-%6$d",
                 "companies": [%7$s]}
                """.formatted(number, number % 2 == 0 ? "Premium" : "Essentials", BASE_VERSION,
                number % 3 == 0 ? "Production" : "Staging", number % PARTNERS,
                clientNumber(number % PARTNERS, number / PARTNERS % (CLIENTS / PARTNERS)), companyList);
    }

    List<String> siteIds() {
        return List.copyOf(siteIds);
    }
}
