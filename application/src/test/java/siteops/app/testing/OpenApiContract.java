package siteops.app.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published OpenAPI description ({@code /openapi.yaml}) as a contract every answer of the
 * end-to-end tests is held to: an answer whose status or body the description does not declare
 * fails the test that received it, so that the description cannot drift from what the service
 * answers. Answers to a path or method no route serves have no operation to be held to; fields
 * beyond those described are allowed (JSON Schema's rule: clients ignore what they do not know).
 */
public final class OpenApiContract {

    /** The methods an OpenAPI description can name: others (TRACE, a made-up FOO) are no route's. */
    private static final Set<String> DESCRIBABLE_METHODS = Arrays.stream(Request.Method.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());
    private static final Set<String> NOT_A_ROUTE = Set.of("validation.request.path.missing",
            "validation.request.operation.notAllowed", "validation.response.path.missing",
            "validation.response.operation.notAllowed");
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(description())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    private OpenApiContract() {
    }

    /** Fails with every difference between the answer and what the description declares for it. */
    public static void check(String method, HttpResponse<String> response) {
        URI uri = response.request().uri();
        if (!uri.getPath().startsWith("/api/") || !DESCRIBABLE_METHODS.contains(method)) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        if (response.body() != null && !response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(uri.getPath(), Request.Method.valueOf(method),
                answer.build());
        List<ValidationReport.Message> differences = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !NOT_A_ROUTE.contains(message.getKey()))
                .toList();
        if (!differences.isEmpty()) {
            throw new AssertionError("the answer to " + method + " " + uri.getPath() + " (" + response.statusCode()
                    + ") is not what /openapi.yaml declares: " + differences + "\nbody: " + response.body());
        }
    }

    private static String description() {
        try (InputStream yaml = OpenApiContract.class.getResourceAsStream("/static/openapi.yaml")) {
            return new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
