package com.regionops.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How each node keeps its search index current: it reads the publications of every node every
 * {@code syncInterval}, and re-reads those of the last {@code lookback} (a publication that committed late).
 */
@ConfigurationProperties("regionops.knowledge")
public record KnowledgeSettings(
    @DefaultValue("PT2S") Duration syncInterval,
    @DefaultValue("PT1M") Duration lookback) {

  public static final KnowledgeSettings DEFAULTS = new KnowledgeSettings(Duration.ofSeconds(2), Duration.ofMinutes(1));

  public KnowledgeSettings {
    if (syncInterval == null || syncInterval.isNegative() || syncInterval.isZero()) {
      throw new IllegalArgumentException("regionops.knowledge.sync-interval must be positive, was " + syncInterval);
    }
    if (lookback == null || lookback.compareTo(syncInterval) < 0) {
      throw new IllegalArgumentException("regionops.knowledge.lookback must be at least the sync interval, was "
          + lookback);
    }
  }
}
