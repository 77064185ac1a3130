package siteops.api.access;

/** What kind of organisation a user acts for; it decides which sites the user may see. */
public enum Role {
    /** The hosting provider's operations: sees and may do everything. */
    OPERATOR,
    /** A partner: sees its own sites and its clients' sites. */
    PARTNER,
    /** A partner's client: sees only its own sites. */
    CLIENT,
    /** An auditor: reads every site and organisation, writes nothing. */
    AUDITOR;

    /** Sees every site and every organisation, and acts for none. */
    public boolean seesEverything() {
        return this == OPERATOR || this == AUDITOR;
    }
}
