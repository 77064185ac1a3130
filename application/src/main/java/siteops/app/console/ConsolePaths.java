package siteops.app.console;

/** Where the console lives: every path outside {@code /api}, the actuator and the OpenAPI description. */
final class ConsolePaths {

    static final String ASSETS = "/console/assets/**";

    static final String[] ALL = {"/", "/login", "/logout", "/sites/**", "/console/**"};

    private ConsolePaths() {
    }
}
