package siteops.command.agent;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import siteops.api.backup.RecordBackupDone;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.repair.RecordRepairDone;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.restore.RecordRestoreDone;
import siteops.api.restore.RecordRestoreFailed;
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
        switch (job.kind()) {
            case CONVERT_COMPANY -> send(new RecordCompanyConverted(job.siteId(), job.operationId(), job.subject()), job);
            case REPAIR -> send(new RecordRepairDone(job.siteId(), job.operationId()), job);
            case BACK_UP -> send(new RecordBackupDone(job.siteId(), job.operationId()), job);
            case RESTORE -> send(new RecordRestoreDone(job.siteId(), job.operationId()), job);
        }
    }

    public void failed(AgentJob job, String reason) {
        switch (job.kind()) {
            case CONVERT_COMPANY -> send(new RecordCompanyConversionFailed(job.siteId(), job.operationId(),
                    job.subject(), reason), job);
            case REPAIR -> send(new RecordRepairFailed(job.siteId(), job.operationId(), reason), job);
            case BACK_UP -> send(new RecordBackupFailed(job.siteId(), job.operationId(), reason), job);
            case RESTORE -> send(new RecordRestoreFailed(job.siteId(), job.operationId(), reason), job);
        }
    }

    private void send(Object report, AgentJob job) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(report).andMetaData(job.correlationData()));
    }
}
