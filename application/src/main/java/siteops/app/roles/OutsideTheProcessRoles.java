package siteops.app.roles;

import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

import java.util.Set;

/**
 * Leaves out of the component scan the side a process does not run: every component of
 * {@code siteops.command} without the command role, of {@code siteops.query} without the query
 * role. One exception: the organisations known to the event store, which security asks on every
 * request of every process.
 */
public class OutsideTheProcessRoles implements TypeFilter, EnvironmentAware {

    private static final Set<String> EVERY_ROLE = Set.of("siteops.command.organisation.EventStoreOrganisations");

    private Set<ProcessRole> roles;

    @Override
    public void setEnvironment(Environment environment) {
        this.roles = ProcessRole.of(environment);
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        String type = reader.getClassMetadata().getClassName();
        if (EVERY_ROLE.contains(type)) {
            return false;
        }
        for (ProcessRole role : ProcessRole.values()) {
            if (!roles.contains(role) && type.startsWith(role.sidePackage())) {
                return true;
            }
        }
        return false;
    }
}
