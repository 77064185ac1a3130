package siteops.api.refusal;

import java.util.Map;

/** Thrown by a handler that refuses a request for a business reason. */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(RefusalCode code, String detail) {
        this(new Refusal(code, detail));
    }

    public RefusedException(RefusalCode code, String detail, Map<String, Object> properties) {
        this(new Refusal(code, detail, properties));
    }

    private RefusedException(Refusal refusal) {
        super(refusal.code() + ": " + refusal.detail());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    public RefusalCode code() {
        return refusal.code();
    }
}
