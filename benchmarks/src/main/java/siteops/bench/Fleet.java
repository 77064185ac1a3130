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

    private final Http http;
    private final int clients;
    private final List<String> siteIds = Collections.synchronizedList(new ArrayList<>());

    Fleet(Http http, int clients) {
        this.http = http;
        this.clients = clients;
    }

    void publish(String version, String releasedOn) {
        int status = http.post("/api/versions", """
                {"product": "Sage 100", "version": "%s", "releasedOn": "%s", "kind": "FULL"}
                """.formatted(version, releasedOn)).status();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("could not publish " + version + ": " + status);
        }
    }

    /** Registers sites until there are {@code total}; answers the registration throughput. */
    Load.Result growTo(int total, int companies, ReadModels readModels) throws InterruptedException {
        int first = siteIds.size();
        String companyList = IntStream.rangeClosed(1, companies).mapToObj(c -> "\"COMPANY-" + c + "\"")
                .collect(Collectors.joining(","));
        Load.Result registrations = Load.run(clients, total - first, index -> {
            int number = first + index;
            Http.Answer answer = http.post("/api/sites", """
                    {"name": "SITE-%1$07d", "product": "Sage 100", "edition": "%2$s", "version": "%3$s",
                     "plan": "Normal", "type": "%4$s", "timeZone": "Europe/Paris", "siteAdministration": true,
                     "serialNumber": "SN-%1$07d", "partnerId": "partner-%5$d", "clientId": "client-%6$d",
                     "companies": [%7$s]}
                    """.formatted(number, number % 2 == 0 ? "Premium" : "Essentials", BASE_VERSION,
                    number % 3 == 0 ? "Production" : "Staging", number % PARTNERS,
                    (number % PARTNERS) * 1000 + number % (CLIENTS / PARTNERS), companyList));
            if (answer.status() == 201) {
                siteIds.add(answer.body().path("siteId").asText());
            }
            return answer;
        }, 201);
        if (registrations.unexpected() > 0) {
            throw new IllegalStateException(registrations.unexpected() + " registrations failed");
        }
        readModels.awaitCaughtUp(Duration.ofMinutes(10));
        return registrations;
    }

    List<String> siteIds() {
        return List.copyOf(siteIds);
    }
}
