package siteops.command.update;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a conversion agent has to report on one company before the conversion counts as
 * failed ({@code siteops.update.conversion-timeout}). Real conversions take from minutes to
 * hours: set it above the longest one expected.
 */
@ConfigurationProperties("siteops.update")
public record UpdateProcessSettings(@DefaultValue("PT1M") Duration conversionTimeout) {
}
