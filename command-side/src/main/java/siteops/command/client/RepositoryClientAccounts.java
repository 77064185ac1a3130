package siteops.command.client;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import siteops.command.store.Repositories;

/** Client accounts as aggregates, loaded in the unit of work of the command that needs them. */
@Component
public class RepositoryClientAccounts implements ClientAccounts {

    private final Repository<ClientAccount> accounts;

    public RepositoryClientAccounts(@Qualifier("clientAccountRepository") Repository<ClientAccount> accounts) {
        this.accounts = accounts;
    }

    @Override
    public void assign(String clientId, String partnerId) {
        Repositories.loadOrCreate(accounts, ClientAccount.idOf(clientId), ClientAccount::new)
                .execute(account -> account.assignTo(clientId, partnerId));
    }
}
