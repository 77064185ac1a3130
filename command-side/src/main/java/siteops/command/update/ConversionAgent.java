package siteops.command.update;

/**
 * The port to the provisioning agents that convert company databases. A request is answered
 * later, through {@link ConversionReports}; an agent may receive the same request twice (after a
 * crash of siteops) and may answer late: the {@code Site} aggregate ignores what no longer applies.
 */
public interface ConversionAgent {

    void convert(ConversionRequest request);
}
