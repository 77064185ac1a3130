package siteops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.scheduling.annotation.EnableScheduling;
import siteops.app.roles.OutsideTheProcessRoles;

/**
 * siteops: the command side and the query side, in one process by default, on the embedded
 * stores; a process runs one side only when {@code siteops.roles} says so ({@link OutsideTheProcessRoles}).
 * The scan is Spring Boot's, with that filter added. The read models' MongoDB client is made by
 * the query side's storage configuration, and only in a process that runs it: not by Spring Boot.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(exclude = MongoAutoConfiguration.class)
@ComponentScan(basePackages = "siteops", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = OutsideTheProcessRoles.class)})
@ConfigurationPropertiesScan("siteops")
@EnableScheduling
public class SiteopsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiteopsApplication.class, args);
    }
}
