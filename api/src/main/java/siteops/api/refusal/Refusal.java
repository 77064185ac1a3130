package siteops.api.refusal;

/** Why a command or query was refused; travels across the buses as the details of the failure. */
public record Refusal(RefusalCode code, String detail) {
}
