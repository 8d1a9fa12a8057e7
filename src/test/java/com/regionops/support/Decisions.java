package com.regionops.support;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;

/** The deployed DMN files evaluated by a standalone DMN engine: no database, milliseconds a row. */
public final class Decisions {

  /** The app's dialect: the same engine configuration as DeployedDecisions and the process engine. */
  private static final DmnEngine ENGINE = com.regionops.platform.engine.DeployedDecisions.engine();

  private Decisions() {
  }

  /** Parses {@code dmn/<key>.dmn} from the classpath, where the build puts the top-level folder. */
  public static DmnDecision load(String key) {
    try (InputStream in = Decisions.class.getClassLoader().getResourceAsStream("dmn/" + key + ".dmn")) {
      if (in == null) {
        throw new IllegalArgumentException("No dmn/" + key + ".dmn on the classpath");
      }
      return ENGINE.parseDecision(key, in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> variables) {
    return ENGINE.evaluateDecision(decision, variables);
  }
}
