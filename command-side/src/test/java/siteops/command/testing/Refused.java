package siteops.command.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.Map;

/** Matches a {@link RefusedException} with a given code. */
public final class Refused {

    private Refused() {
    }

    /** With a given code and, among the properties its problem answer carries, these. */
    public static Matcher<RefusedException> with(RefusalCode code, Map<String, Object> properties) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RefusedException exception) {
                return exception.code() == code
                        && exception.refusal().properties().entrySet().containsAll(properties.entrySet());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with " + code + " and " + properties);
            }
        };
    }

    public static Matcher<RefusedException> with(RefusalCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RefusedException exception) {
                return exception.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused with " + code);
            }
        };
    }
}
