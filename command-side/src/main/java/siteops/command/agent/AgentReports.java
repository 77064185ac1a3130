package siteops.command.agent;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import siteops.api.repair.RecordRepairDone;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RecordCompanyConverted;

/** Where agents report back: each report becomes the command that records it on the site. */
@Component
public class AgentReports {

    private final CommandGateway commands;

    public AgentReports(CommandGateway commands) {
        this.commands = commands;
    }

    public void succeeded(AgentJob job) {
        send(switch (job.kind()) {
            case CONVERT_COMPANY -> new RecordCompanyConverted(job.siteId(), job.operationId(), job.subject());
            case REPAIR -> new RecordRepairDone(job.siteId(), job.operationId());
            case BACK_UP, RESTORE -> throw noOperationSends(job);
        }, job);
    }

    public void failed(AgentJob job, String reason) {
        send(switch (job.kind()) {
            case CONVERT_COMPANY -> new RecordCompanyConversionFailed(job.siteId(), job.operationId(), job.subject(),
                    reason);
            case REPAIR -> new RecordRepairFailed(job.siteId(), job.operationId(), reason);
            case BACK_UP, RESTORE -> throw noOperationSends(job);
        }, job);
    }

    private static IllegalArgumentException noOperationSends(AgentJob job) {
        return new IllegalArgumentException("no operation of this version of siteops sends " + job.kind() + " jobs");
    }

    private void send(Object report, AgentJob job) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(report).andMetaData(job.correlationData()));
    }
}
