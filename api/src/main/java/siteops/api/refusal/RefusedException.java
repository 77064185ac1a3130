package siteops.api.refusal;

/** Thrown by a handler that refuses a request for a business reason. */
public class RefusedException extends RuntimeException {

    private final transient Refusal refusal;

    public RefusedException(RefusalCode code, String detail) {
        super(code + ": " + detail);
        this.refusal = new Refusal(code, detail);
    }

    public Refusal refusal() {
        return refusal;
    }

    public RefusalCode code() {
        return refusal.code();
    }
}
