package siteops.command.agent;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import siteops.api.backup.RecordBackupDone;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.repair.RecordRepairDone;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RecordCompanyConverted;

/** Where agents report back: each report becomes the command that records it on the site. */
@Component
public class AgentReports {

    private static final Logger log = LoggerFactory.getLogger(AgentReports.class);

    private final CommandGateway commands;

    public AgentReports(CommandGateway commands) {
        this.commands = commands;
    }

    public void succeeded(AgentJob job) {
        switch (job.kind()) {
            case CONVERT_COMPANY -> send(new RecordCompanyConverted(job.siteId(), job.operationId(), job.subject()), job);
            case REPAIR -> send(new RecordRepairDone(job.siteId(), job.operationId()), job);
            case BACK_UP -> send(new RecordBackupDone(job.siteId(), job.operationId()), job);
            case RESTORE -> noOperationAwaits(job);
        }
    }

    public void failed(AgentJob job, String reason) {
        switch (job.kind()) {
            case CONVERT_COMPANY -> send(new RecordCompanyConversionFailed(job.siteId(), job.operationId(),
                    job.subject(), reason), job);
            case REPAIR -> send(new RecordRepairFailed(job.siteId(), job.operationId(), reason), job);
            case BACK_UP -> send(new RecordBackupFailed(job.siteId(), job.operationId(), reason), job);
            case RESTORE -> noOperationAwaits(job);
        }
    }

    /** A report that no operation of this version waits for: dropped (an agent retrying it would only repeat it). */
    private static void noOperationAwaits(AgentJob job) {
        log.warn("Dropped the report of a {} job on site {}: no operation of this version of siteops sends such jobs",
                job.kind(), job.siteId());
    }

    private void send(Object report, AgentJob job) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(report).andMetaData(job.correlationData()));
    }
}
