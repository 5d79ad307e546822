package org.consentregistry.registry.control;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The checker's parts: the guarded HTTP client (with one thread that enforces fetch
 * deadlines), the DNS reader, and the scheduled re-checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ControlConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService controlDeadlines() {
		return Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "control-check-deadlines");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	ControlProbes controlProbes(ControlProperties settings, ScheduledExecutorService controlDeadlines) {
		return new ControlProbes(settings, new GuardedHttp(settings, controlDeadlines), new DnsTxt(settings));
	}

}
