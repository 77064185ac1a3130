package siteops.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** siteops in one process: the command side and the query side, on the embedded stores by default. */
@SpringBootApplication(scanBasePackages = "siteops")
@ConfigurationPropertiesScan("siteops")
@EnableScheduling
public class SiteopsApplication {

    public static void main(String[] args) {
        SpringApplication.run(SiteopsApplication.class, args);
    }
}
