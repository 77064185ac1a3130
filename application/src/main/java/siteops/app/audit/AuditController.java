package siteops.app.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.naming.StoredEventNames;
import siteops.api.query.Instants;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.site.SiteListView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

/** The auditors' routes: the log as stored, its export, the chain's digest and its verification. */
@RestController
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnProcessRole(ProcessRole.QUERY)
class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1_000;
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final AuditLog log;
    private final AuditEventJson events;
    private final ChainVerification verification;
    private final SiteListView sites;
    private final ObjectMapper json;

    AuditController(AuditLog log, AuditEventJson events, ChainVerification verification, SiteListView sites,
                    ObjectMapper json) {
        this.log = log;
        this.events = events;
        this.verification = verification;
        this.sites = sites;
        this.json = json;
    }

    @GetMapping(path = "/api/audit/events", produces = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode events(@RequestParam(required = false) String after, @RequestParam(required = false) Integer limit,
                      @RequestParam(required = false) String siteId, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String actor,
                      @RequestParam(required = false) String correlationId,
                      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      Actor reader) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "limit: between 1 and " + MAX_LIMIT);
        }
        AuditLog.Page page = log.page(AuditCursor.positionOf(after),
                filter(siteId, type, actor, correlationId, from, to, reader), size);
        ObjectNode answer = json.createObjectNode();
        ArrayNode items = answer.putArray("items");
        page.items().forEach(event -> items.add(events.of(event)));
        answer.put("next", AuditCursor.of(page.next()));
        answer.put("more", page.more());
        return answer;
    }

    /**
     * Written as it is read, one batch of the store at a time, on the request's own thread: an
     * export of any length holds one batch, and no asynchronous timeout cuts a long one short.
     */
    @GetMapping(path = "/api/audit/events/export")
    void export(@RequestParam(required = false) String after, @RequestParam(required = false) String siteId,
                @RequestParam(required = false) String type, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String correlationId, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, Actor reader, HttpServletResponse response)
            throws IOException {
        long start = AuditCursor.positionOf(after);
        AuditFilter filter = filter(siteId, type, actor, correlationId, from, to, reader);
        response.setContentType(NDJSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (JsonGenerator generator = json.getFactory().createGenerator(response.getOutputStream())) {
            generator.setRootValueSeparator(null);
            log.forEach(start, filter, event -> {
                try {
                    json.writeTree(generator, events.of(event));
                    generator.writeRaw('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @GetMapping(path = "/api/audit/digest", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainDigest digest(Actor reader) {
        requireTheWholeLog(reader, "read the chain's head");
        return log.digest();
    }

    @PostMapping(path = "/api/audit/verifications", produces = MediaType.APPLICATION_JSON_VALUE)
    ChainVerification.Outcome verify(@RequestBody(required = false) SavedDigest saved, Actor reader) {
        requireTheWholeLog(reader, "verify the log");
        if (saved == null || saved.position() == null && saved.hash() == null) {
            return verification.verify(null);
        }
        if (saved.position() == null || saved.position() < 1) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "position: a digest's position, from 1");
        }
        if (saved.hash() == null || !HASH.matcher(saved.hash()).matches()) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "hash: a digest's hash, 64 lowercase hex digits");
        }
        if (saved.eventCount() != null && saved.eventCount() < 0) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "eventCount: a digest's count, from 0");
        }
        return verification.verify(new ChainVerification.Digest(saved.position(), saved.hash(), saved.eventCount()));
    }

    /** The chain covers every event: only those who may read every event read or check it. */
    private static void requireTheWholeLog(Actor reader, String what) {
        if (!reader.role().seesEverything()) {
            throw new RefusedException(RefusalCode.FORBIDDEN, "only operators and auditors " + what);
        }
    }

    private AuditFilter filter(String siteId, String type, String actor, String correlationId, String from,
                               String to, Actor reader) {
        StoredEventNames.requireName("type", type);
        Instant fromInstant = Instants.parse("from", from);
        Instant toInstant = Instants.parse("to", to);
        Instants.requireOrdered(fromInstant, toInstant);
        return new AuditFilter(siteId, type, actor, correlationId, fromInstant, toInstant,
                reader.role().seesEverything() ? null : sites.siteIdsSeenBy(reader));
    }

    /**
     * A digest an auditor saved, to be checked against the events: as {@code GET /api/audit/digest}
     * gave it ({@code eventCount} optional, {@code computedAt} for the auditor's records only).
     */
    record SavedDigest(Long position, Long eventCount, String hash, String computedAt) {
    }
}
