package siteops.command.update;

import java.time.Duration;

/** The deadline set when a company's conversion is asked for: {@code company} had {@code limit} to report. */
public record ConversionTimeout(String company, Duration limit) {
}
