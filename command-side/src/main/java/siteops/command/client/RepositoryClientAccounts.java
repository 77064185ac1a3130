package siteops.command.client;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Client accounts as aggregates, loaded in the unit of work of the command that needs them. */
@Component
public class RepositoryClientAccounts implements ClientAccounts {

    private final Repository<ClientAccount> accounts;

    public RepositoryClientAccounts(@Qualifier("clientAccountRepository") Repository<ClientAccount> accounts) {
        this.accounts = accounts;
    }

    @Override
    public void assign(String clientId, String partnerId) {
        Aggregate<ClientAccount> account;
        try {
            account = accounts.loadOrCreate(ClientAccount.idOf(clientId), ClientAccount::new);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // only the factory may throw a checked exception, and the constructor throws none
            throw new IllegalStateException("could not create the account of client " + clientId, e);
        }
        account.execute(client -> client.assignTo(clientId, partnerId));
    }
}
