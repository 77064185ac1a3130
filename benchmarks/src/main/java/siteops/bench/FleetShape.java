package siteops.bench;

/**
 * How the fleet is spread and what its sites look like: its partners, the clients of each, the
 * length of the sites' names (0: the short default) and how many events of history each site of
 * the query tiers gets besides its registration (locks and unlocks, each two events).
 */
record FleetShape(int partners, int clientsPerPartner, int nameLength, int historyPerSite) {

    FleetShape {
        if (partners < 1 || clientsPerPartner < 1 || nameLength < 0 || nameLength > 100 || historyPerSite < 0) {
            throw new IllegalArgumentException("partners and clients per partner from 1, names up to 100 characters");
        }
    }

    String describe() {
        return partners + " partners of " + clientsPerPartner + " clients each, names of "
                + (nameLength == 0 ? "12" : nameLength) + " characters, " + historyPerSite
                + " more history events a site";
    }
}
