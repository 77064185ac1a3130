package siteops.command.simulator;

import siteops.command.agent.AgentJob;

/** A job the simulator has in hand: what was asked, and the failure to report, if one was injected. */
record SimulatedJob(AgentJob job, String failureReason) {
}
