package siteops.command.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/** Matches a {@link RefusedException} with a given code. */
public final class Refused {

    private Refused() {
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
