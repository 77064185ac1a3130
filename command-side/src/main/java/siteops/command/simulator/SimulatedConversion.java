package siteops.command.simulator;

import siteops.command.update.ConversionRequest;

/** A conversion the simulator has in hand: what was asked, and the failure to report, if one was injected. */
record SimulatedConversion(ConversionRequest request, String failureReason) {
}
