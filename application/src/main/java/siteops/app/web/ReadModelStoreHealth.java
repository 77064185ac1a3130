package siteops.app.web;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

/** Whether the read models' MongoDB answers (a ping). */
@ConditionalOnProcessRole(ProcessRole.QUERY)
@Component("readModelStore")
public class ReadModelStoreHealth implements HealthIndicator {

    private final MongoDatabase readModels;

    public ReadModelStoreHealth(MongoDatabase readModels) {
        this.readModels = readModels;
    }

    @Override
    public Health health() {
        try {
            readModels.runCommand(new Document("ping", 1));
            return Health.up().withDetail("database", readModels.getName()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("database", readModels.getName())
                    .withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
