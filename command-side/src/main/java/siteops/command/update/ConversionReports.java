package siteops.command.update;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RecordCompanyConverted;

/** Where conversion agents report back: each report becomes a command to the site. */
@Component
public class ConversionReports {

    private final CommandGateway commands;

    public ConversionReports(CommandGateway commands) {
        this.commands = commands;
    }

    public void converted(ConversionRequest request) {
        send(new RecordCompanyConverted(request.siteId(), request.updateId(), request.company()), request);
    }

    public void failed(ConversionRequest request, String reason) {
        send(new RecordCompanyConversionFailed(request.siteId(), request.updateId(), request.company(), reason),
                request);
    }

    private void send(Object report, ConversionRequest request) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(report).andMetaData(request.correlationData()));
    }
}
