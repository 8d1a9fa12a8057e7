package com.regionops.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one shared application context of the end-to-end tests: the demo app on an in-memory
 * H2, on a random port. Every IT that uses it gets the cached context, so keep the
 * configuration here and nowhere else. Tests create their own rows with unique codes and
 * read demo data without changing it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:regionops-it;MODE=MySQL;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false"})
// Metrics export as in production, so the Prometheus endpoint exists (Boot turns it off in tests).
@AutoConfigureObservability
@ActiveProfiles("demo")
public @interface RegionOpsIT {
}
